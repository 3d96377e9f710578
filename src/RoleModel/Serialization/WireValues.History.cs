using NodaTime;
using RoleModel.History;

namespace RoleModel.Serialization;

/// <summary>The text forms of instants and of the enumerations of tasks and role histories.</summary>
internal static partial class WireValues
{
    internal const string InstantPattern = "yyyy-MM-ddTHH:mm:ssZ (UTC, optionally with a fraction of a second)";

    private static readonly NodaTime.Text.InstantPattern IsoInstant = NodaTime.Text.InstantPattern.ExtendedIso;

    internal static bool TryParseInstant(string text, out Instant instant)
    {
        var result = IsoInstant.Parse(text);
        instant = result.Success ? result.Value : default;
        return result.Success;
    }

    internal static string Format(Instant instant) => IsoInstant.Format(instant);

    internal static string Format(RoleChangeKind kind) => kind switch
    {
        RoleChangeKind.TaskAdded => "taskAdded",
        RoleChangeKind.TaskChanged => "taskChanged",
        RoleChangeKind.TaskDelegated => "taskDelegated",
        RoleChangeKind.TaskRetired => "taskRetired",
        RoleChangeKind.RequirementAdded => "requirementAdded",
        RoleChangeKind.RequirementChanged => "requirementChanged",
        RoleChangeKind.RequirementRemoved => "requirementRemoved",
        RoleChangeKind.MetadataChanged => "metadataChanged",
        RoleChangeKind.TemplateChanged => "templateChanged",
        _ => "proposalDecided",
    };

    internal static RoleChangeKind? ParseKind(string text) => text switch
    {
        "taskAdded" => RoleChangeKind.TaskAdded,
        "taskChanged" => RoleChangeKind.TaskChanged,
        "taskDelegated" => RoleChangeKind.TaskDelegated,
        "taskRetired" => RoleChangeKind.TaskRetired,
        "requirementAdded" => RoleChangeKind.RequirementAdded,
        "requirementChanged" => RoleChangeKind.RequirementChanged,
        "requirementRemoved" => RoleChangeKind.RequirementRemoved,
        "metadataChanged" => RoleChangeKind.MetadataChanged,
        "templateChanged" => RoleChangeKind.TemplateChanged,
        "proposalDecided" => RoleChangeKind.ProposalDecided,
        _ => null,
    };

    internal const string KindValues =
        "taskAdded, taskChanged, taskDelegated, taskRetired, requirementAdded, requirementChanged, requirementRemoved, metadataChanged, templateChanged, proposalDecided";

    internal static string Format(TaskOrigin origin) => origin switch
    {
        TaskOrigin.Assigned => "assigned",
        TaskOrigin.SelfInitiated => "selfInitiated",
        TaskOrigin.Delegated => "delegated",
        _ => "inherited",
    };

    internal static TaskOrigin? ParseOrigin(string text) => text switch
    {
        "assigned" => TaskOrigin.Assigned,
        "selfInitiated" => TaskOrigin.SelfInitiated,
        "delegated" => TaskOrigin.Delegated,
        "inherited" => TaskOrigin.Inherited,
        _ => null,
    };

    internal const string OriginValues = "assigned, selfInitiated, delegated, inherited";

    internal static string Format(RoleTaskStatus status) => status switch
    {
        RoleTaskStatus.Planned => "planned",
        RoleTaskStatus.Active => "active",
        RoleTaskStatus.Suspended => "suspended",
        _ => "retired",
    };

    internal static RoleTaskStatus? ParseStatus(string text) => text switch
    {
        "planned" => RoleTaskStatus.Planned,
        "active" => RoleTaskStatus.Active,
        "suspended" => RoleTaskStatus.Suspended,
        "retired" => RoleTaskStatus.Retired,
        _ => null,
    };

    internal const string StatusValues = "planned, active, suspended, retired";

    internal static string Format(ProposalState decision) => decision switch
    {
        ProposalState.Accepted => "accepted",
        ProposalState.Rejected => "rejected",
        _ => "withdrawn",
    };

    internal static ProposalState? ParseDecision(string text) => text switch
    {
        "accepted" => ProposalState.Accepted,
        "rejected" => ProposalState.Rejected,
        "withdrawn" => ProposalState.Withdrawn,
        _ => null,
    };

    internal const string DecisionValues = "accepted, rejected, withdrawn";
}
