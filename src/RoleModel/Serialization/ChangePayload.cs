using NodaTime;
using RoleModel.History;

namespace RoleModel.Serialization;

/// <summary>
/// The kind-specific members of a change as read from the wire: which members each kind has, and the factory
/// of <see cref="RoleChange"/> that builds a change of the kind from them.
/// </summary>
internal sealed class ChangePayload(RoleChangeKind kind)
{
    internal RoleTask? Task { get; set; }

    internal string? TaskId { get; set; }

    internal string? TargetRoleId { get; set; }

    internal CompetencyRequirement? Requirement { get; set; }

    internal string? RequirementId { get; set; }

    internal LocalizedText? Title { get; set; }

    internal LocalizedText? Purpose { get; set; }

    internal List<LocalizedText>? Outcomes { get; set; }

    internal RoleOpenness? Openness { get; set; }

    internal IEnumerable<ResponsibilityArea>? Areas { get; set; }

    internal RoleTemplate? Template { get; set; }

    internal string? ProposalId { get; set; }

    internal ProposalState? Decision { get; set; }

    /// <summary>Whether a change of a kind has a payload member (by its wire name).</summary>
    internal static bool Allows(RoleChangeKind kind, string member) => kind switch
    {
        RoleChangeKind.TaskAdded or RoleChangeKind.TaskChanged or RoleChangeKind.TaskRetired => member is "task",
        RoleChangeKind.TaskDelegated => member is "task" or "targetRole",
        RoleChangeKind.RequirementAdded or RoleChangeKind.RequirementChanged or RoleChangeKind.RequirementRemoved => member is "requirement",
        RoleChangeKind.MetadataChanged => member is "title" or "purpose" or "outcomes" or "openness" or "areas",
        RoleChangeKind.TemplateChanged => member is "template",
        _ => member is "proposal" or "decision",
    };

    /// <summary>Builds the change; the members its kind needs are set.</summary>
    /// <exception cref="ArgumentException">A value breaks a rule of the factory.</exception>
    internal RoleChange Create(string id, LocalDate effective, Instant recorded, string author, string? reason, bool proposed, ExtensionData extensions) => kind switch
    {
        RoleChangeKind.TaskAdded => RoleChange.AddTask(id, effective, recorded, author, Task!, reason, proposed, extensions),
        RoleChangeKind.TaskChanged => RoleChange.ChangeTask(id, effective, recorded, author, Task!, reason, proposed, extensions),
        RoleChangeKind.TaskDelegated => RoleChange.DelegateTask(id, effective, recorded, author, TaskId!, TargetRoleId!, reason, proposed, extensions),
        RoleChangeKind.TaskRetired => RoleChange.RetireTask(id, effective, recorded, author, TaskId!, reason, proposed, extensions),
        RoleChangeKind.RequirementAdded => RoleChange.AddRequirement(id, effective, recorded, author, Requirement!, reason, proposed, extensions),
        RoleChangeKind.RequirementChanged => RoleChange.ChangeRequirement(id, effective, recorded, author, Requirement!, reason, proposed, extensions),
        RoleChangeKind.RequirementRemoved => RoleChange.RemoveRequirement(id, effective, recorded, author, RequirementId!, reason, proposed, extensions),
        RoleChangeKind.MetadataChanged => RoleChange.ChangeMetadata(id, effective, recorded, author, Title, Purpose, Outcomes, Openness, Areas, reason, proposed, extensions),
        RoleChangeKind.TemplateChanged => RoleChange.ChangeTemplate(id, effective, recorded, author, Template, reason, proposed, extensions),
        _ => RoleChange.Decide(id, effective, recorded, author, ProposalId!, Decision!.Value, reason, extensions),
    };
}
