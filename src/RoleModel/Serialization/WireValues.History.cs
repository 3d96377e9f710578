using NodaTime;
using RoleModel.History;

namespace RoleModel.Serialization;

/// <summary>The text forms of instants and of the enumerations of tasks and role histories.</summary>
internal static partial class WireValues
{
    internal const string InstantPattern = "yyyy-MM-ddTHH:mm:ssZ (UTC, optionally with a fraction of a second)";

    private static readonly NodaTime.Text.InstantPattern IsoInstant = NodaTime.Text.InstantPattern.ExtendedIso;

    /// <summary>
    /// Parses an instant of exactly the form of the schema's <c>$defs/instant</c> pattern:
    /// <c>yyyy-MM-ddTHH:mm:ss</c>, hours 00–23, seconds 00–59 (no leap second, no 24:00), an optional fraction
    /// of one to nine digits after a full stop (not a comma), then <c>Z</c>. NodaTime's extended ISO pattern
    /// alone would also take 24:00:00, a comma and year 0.
    /// </summary>
    internal static bool TryParseInstant(string text, out Instant instant)
    {
        instant = default;
        return IsInstantText(text) && TryParseIsoInstant(text, out instant);
    }

    private static bool IsInstantText(string text)
    {
        if (text.Length < 20 || !IsDateText(text) || text[10] != 'T' || !Digits(text, 11, 2) || text[13] != ':'
            || !Digits(text, 14, 2) || text[16] != ':' || !Digits(text, 17, 2) || text[^1] != 'Z'
            || Number(text, 11) > 23 || Number(text, 14) > 59 || Number(text, 17) > 59)
        {
            return false;
        }

        var fraction = text.Length - 21; // the digits between "ss." and "Z"
        return text.Length == 20 || (text[19] == '.' && fraction is >= 1 and <= 9 && Digits(text, 20, fraction));
    }

    private static bool TryParseIsoInstant(string text, out Instant instant)
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
