namespace RoleModel.History;

/// <summary>What a <see cref="RoleChange"/> does. In JSON each kind is its camelCase name, such as <c>taskAdded</c>.</summary>
public enum RoleChangeKind
{
    /// <summary>A task joins the role's profile (<see cref="RoleChange.Task"/>).</summary>
    TaskAdded,

    /// <summary>A task's title, area, competencies, share or status change: <see cref="RoleChange.Task"/> is its new version.</summary>
    TaskChanged,

    /// <summary>A task leaves the profile for another role (<see cref="RoleChange.TargetRoleId"/>).</summary>
    TaskDelegated,

    /// <summary>A task leaves the profile because it is no longer done.</summary>
    TaskRetired,

    /// <summary>A competency requirement joins the role (<see cref="RoleChange.Requirement"/>).</summary>
    RequirementAdded,

    /// <summary>A competency requirement is replaced by a new version with the same identifier.</summary>
    RequirementChanged,

    /// <summary>A competency requirement is dropped.</summary>
    RequirementRemoved,

    /// <summary>Some of title, purpose, outcomes, openness and responsibility areas are replaced.</summary>
    MetadataChanged,

    /// <summary>The template the role derives from is replaced, or dropped.</summary>
    TemplateChanged,

    /// <summary>A proposal recorded earlier is accepted, rejected or withdrawn (<see cref="RoleChange.ProposalId"/>).</summary>
    ProposalDecided,
}
