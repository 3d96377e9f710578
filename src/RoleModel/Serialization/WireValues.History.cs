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

    private static readonly WireEnum<RoleChangeKind> KindNames = new((RoleChangeKind.TaskAdded, "taskAdded"), (RoleChangeKind.TaskChanged, "taskChanged"), (RoleChangeKind.TaskDelegated, "taskDelegated"), (RoleChangeKind.TaskRetired, "taskRetired"), (RoleChangeKind.RequirementAdded, "requirementAdded"), (RoleChangeKind.RequirementChanged, "requirementChanged"), (RoleChangeKind.RequirementRemoved, "requirementRemoved"), (RoleChangeKind.MetadataChanged, "metadataChanged"), (RoleChangeKind.TemplateChanged, "templateChanged"), (RoleChangeKind.ProposalDecided, "proposalDecided"));

    internal static string Format(RoleChangeKind value) => KindNames.Format(value);

    internal static RoleChangeKind? ParseKind(string text) => KindNames.Parse(text);

    internal static string KindValues => KindNames.Names;

    private static readonly WireEnum<TaskOrigin> OriginNames = new((TaskOrigin.Assigned, "assigned"), (TaskOrigin.SelfInitiated, "selfInitiated"), (TaskOrigin.Delegated, "delegated"), (TaskOrigin.Inherited, "inherited"));

    internal static string Format(TaskOrigin value) => OriginNames.Format(value);

    internal static TaskOrigin? ParseOrigin(string text) => OriginNames.Parse(text);

    internal static string OriginValues => OriginNames.Names;

    private static readonly WireEnum<RoleTaskStatus> StatusNames = new((RoleTaskStatus.Planned, "planned"), (RoleTaskStatus.Active, "active"), (RoleTaskStatus.Suspended, "suspended"), (RoleTaskStatus.Retired, "retired"));

    internal static string Format(RoleTaskStatus value) => StatusNames.Format(value);

    internal static RoleTaskStatus? ParseStatus(string text) => StatusNames.Parse(text);

    internal static string StatusValues => StatusNames.Names;

    private static readonly WireEnum<ProposalState> DecisionNames = new((ProposalState.Accepted, "accepted"), (ProposalState.Rejected, "rejected"), (ProposalState.Withdrawn, "withdrawn"));

    internal static string Format(ProposalState value) => DecisionNames.Format(value);

    internal static ProposalState? ParseDecision(string text) => DecisionNames.Parse(text);

    internal static string DecisionValues => DecisionNames.Names;
}
