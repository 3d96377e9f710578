using NodaTime;

namespace RoleModel.History;

/// <summary>
/// The index of a <see cref="RoleHistory"/>, built once in one pass over the log plus a sort of each key's
/// versions: which log entries take effect and from which log position they are known, and per task,
/// requirement and definition part the sorted versions (see <see cref="VersionSlots{T}"/>).
/// </summary>
/// <remarks>
/// "As known at an instant" becomes "as known before log position <c>bound</c>", where <c>bound</c> counts
/// the entries recorded at or before the instant (the log is in recorded order). A direct change is known
/// from its own position; an accepted proposal from the position of its acceptance; a rejected, withdrawn or
/// pending proposal never takes effect.
/// </remarks>
internal sealed partial class HistoryIndex
{
    internal const int Never = int.MaxValue;
    internal const int TitlePart = 0;
    internal const int PurposePart = 1;
    internal const int OutcomesPart = 2;
    internal const int OpennessPart = 3;
    internal const int AreasPart = 4;
    internal const int TemplatePart = 5;
    private static readonly string[] PartKeys = ["title", "purpose", "outcomes", "openness", "areas", "template"];

    private readonly Instant[] recorded;

    internal HistoryIndex(RoleHistory history)
    {
        History = history;
        var log = history.Changes;
        recorded = new Instant[log.Length];
        VisibleFrom = new int[log.Length];
        DecisionOf = new int[log.Length];
        var positionById = new Dictionary<string, int>(log.Length, StringComparer.Ordinal);
        for (var i = 0; i < log.Length; i++)
        {
            var change = log[i];
            recorded[i] = change.RecordedAt;
            positionById[change.Id] = i;
            DecisionOf[i] = -1;
            VisibleFrom[i] = change.IsProposal || change.Kind == RoleChangeKind.ProposalDecided ? Never : i;
            if (change.Kind == RoleChangeKind.ProposalDecided
                && positionById.TryGetValue(change.ProposalId!, out var proposal)
                && log[proposal].IsProposal
                && DecisionOf[proposal] < 0)
            {
                DecisionOf[proposal] = i;
                if (change.Decision == ProposalState.Accepted)
                {
                    VisibleFrom[proposal] = i;
                }
            }
        }

        PositionById = positionById;
        var tasks = new VersionSlots<RoleTask>.Builder();
        var requirements = new VersionSlots<CompetencyRequirement>.Builder();
        var parts = new VersionSlots<object>.Builder();
        var baseline = history.Baseline;
        foreach (var requirement in baseline.Requirements)
        {
            requirements.Add(requirement.Id, DayNumbers.Beginning, -1, requirement, -1);
        }

        // Baseline tasks are known always and take effect on their day; their source -2 - k names baseline task k.
        if (history.BaselineTasksFrom is { } from)
        {
            for (var k = 0; k < history.BaselineTasks.Length; k++)
            {
                var task = history.BaselineTasks[k];
                var (active, selfInitiated) = task.IsActive
                    ? (ToUnits(task.Share), task.Origin == TaskOrigin.SelfInitiated ? ToUnits(task.Share) : 0)
                    : (0, 0);
                tasks.Add(task.Id, DayNumbers.From(from), -1, task, -2 - k, active, selfInitiated);
            }
        }

        object?[] baseParts = [baseline.Title, baseline.Purpose, baseline.Outcomes, baseline.OwnOpenness, baseline.Areas, baseline.Template];
        for (var p = 0; p < PartKeys.Length; p++)
        {
            parts.Add(PartKeys[p], DayNumbers.Beginning, -1, baseParts[p], -1);
        }

        for (var i = 0; i < log.Length; i++)
        {
            if (VisibleFrom[i] != Never)
            {
                AddEntries(log[i], VisibleFrom[i], i, tasks, requirements, parts);
            }
            else
            {
                // Keys are ordered by first mention, taking effect or not, so that appending never reorders a projection.
                tasks.Touch(log[i].TaskId);
                requirements.Touch(log[i].RequirementId);
            }
        }

        Tasks = tasks.Build();
        Requirements = requirements.Build();
        Parts = parts.Build();
    }

    internal RoleHistory History { get; }

    /// <summary>Per log position, the position from which the entry takes effect, or <see cref="Never"/>.</summary>
    internal int[] VisibleFrom { get; }

    /// <summary>Per log position of a proposal, the position of the decision that counts, or -1.</summary>
    internal int[] DecisionOf { get; }

    internal IReadOnlyDictionary<string, int> PositionById { get; }

    internal VersionSlots<RoleTask> Tasks { get; }

    internal VersionSlots<CompetencyRequirement> Requirements { get; }

    internal VersionSlots<object> Parts { get; }


    /// <summary>The number of log entries recorded at or before an instant.</summary>
    internal int BoundFor(Instant knownAt)
    {
        int low = 0, high = recorded.Length;
        while (low < high)
        {
            var middle = (low + high) >>> 1;
            if (recorded[middle] <= knownAt)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        return low;
    }

    private static void AddEntries(
        RoleChange change,
        int visible,
        int source,
        VersionSlots<RoleTask>.Builder tasks,
        VersionSlots<CompetencyRequirement>.Builder requirements,
        VersionSlots<object>.Builder parts)
    {
        var day = DayNumbers.From(change.EffectiveOn);
        switch (change.Kind)
        {
            case RoleChangeKind.TaskAdded or RoleChangeKind.TaskChanged or RoleChangeKind.TaskDelegated or RoleChangeKind.TaskRetired:
                var (active, selfInitiated) = change.Task is { IsActive: true } task
                    ? (ToUnits(task.Share), task.Origin == TaskOrigin.SelfInitiated ? ToUnits(task.Share) : 0)
                    : (0, 0);
                tasks.Add(change.TaskId!, day, visible, change.Task, source, active, selfInitiated);
                break;
            case RoleChangeKind.RequirementAdded or RoleChangeKind.RequirementChanged or RoleChangeKind.RequirementRemoved:
                requirements.Add(change.RequirementId!, day, visible, change.Requirement, source);
                break;
            case RoleChangeKind.MetadataChanged:
                AddPart(parts, TitlePart, day, visible, source, change.Title);
                AddPart(parts, PurposePart, day, visible, source, change.Purpose);
                AddPart(parts, OutcomesPart, day, visible, source, change.Outcomes);
                AddPart(parts, OpennessPart, day, visible, source, change.Openness);
                AddPart(parts, AreasPart, day, visible, source, change.Areas);
                break;
            case RoleChangeKind.TemplateChanged:
                parts.Add(PartKeys[TemplatePart], day, visible, change.Template, source);
                break;
            default:
                break;
        }
    }

    private static void AddPart(VersionSlots<object>.Builder parts, int part, int day, int visible, int source, object? value)
    {
        if (value is not null)
        {
            parts.Add(PartKeys[part], day, visible, value, source);
        }
    }
}
