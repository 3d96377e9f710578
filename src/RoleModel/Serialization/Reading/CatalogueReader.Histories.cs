using System.Collections.Immutable;
using System.Text.Json;
using RoleModel.History;
using RoleModel.Validation;

namespace RoleModel.Serialization.Reading;

/// <summary>
/// Role histories and their changes. A history is read before its baseline role may be known (members come in
/// any order), so it waits as a <see cref="PendingHistory"/> until the whole document is read.
/// </summary>
internal sealed partial class CatalogueReader
{
    private readonly ItemReader<PendingHistory> readHistory;
    private readonly ItemReader<RoleChange> readChange;

    /// <summary>The byte offsets of the recorded instant and identifier of each change of the history being read.</summary>
    private readonly List<(long Recorded, long Id)> changeOffsets = [];

    /// <summary>A history whose changes are all valid on their own, waiting for its baseline role.</summary>
    private sealed record PendingHistory(
        int Index, string RoleId, long RoleOffset, ImmutableArray<RoleChange> Changes, ExtensionData Extensions,
        ImmutableArray<RoleTask> Tasks, NodaTime.LocalDate? TasksFrom);

    private PendingHistory? History(ref Utf8JsonReader reader)
    {
        var index = path.LastIndex;
        var state = Open(ref reader, HistoryMembers.Table);
        using var release = Release(state);
        string? roleId = null;
        ImmutableArray<RoleChange> changes = [];
        var allChanges = true;
        changeOffsets.Clear();
        ImmutableArray<RoleTask> tasks = [];
        string? tasksFromText = null;
        var allTasks = true;
        while (NextMember(ref reader, ref state, out var member))
        {
            switch (member)
            {
                case HistoryMembers.Role: roleId = Identifier(ref reader, ref state, member); break;
                case HistoryMembers.TasksFrom: tasksFromText = String(ref reader, ref state, member, Shapes.Date); break;
                case HistoryMembers.Tasks: tasks = Items(ref reader, ref state, member, readTask, "tasks", "a task", out allTasks); break;
                default:
                    changeOffsets.Clear();
                    changes = Items(ref reader, ref state, member, readChange, "changes", "a change", out allChanges);
                    break;
            }

            path.Pop();
        }

        roleId = Required(state, roleId, HistoryMembers.Role);
        var hasTasks = state.Has(HistoryMembers.Tasks) && !tasks.IsEmpty;
        var tasksFrom = Date(state, tasksFromText, HistoryMembers.TasksFrom, required: hasTasks);
        if (tasksFrom is not null && !hasTasks && !state.IsBroken(HistoryMembers.Tasks) && allTasks)
        {
            Add(state, ProblemCodes.MissingMember, HistoryMembers.Tasks, ProblemMessage.Of("History.TasksFromWithoutTasks"));
            return null;
        }

        if (roleId is null || !allChanges || !allTasks || state.Broken != 0 || (hasTasks && tasksFrom is null)
            || !InRecordedOrder(changes) || !UniqueTasks(tasks, OffsetOf(state, HistoryMembers.Tasks)))
        {
            return null;
        }

        return new PendingHistory(index, roleId, OffsetOf(state, HistoryMembers.Role), changes, Extensions(state), tasks, hasTasks ? tasksFrom : null);
    }

    /// <summary>Reports baseline tasks that repeat an identifier, which <see cref="RoleHistory"/> refuses.</summary>
    private bool UniqueTasks(ImmutableArray<RoleTask> tasks, long offset)
    {
        var ids = new HashSet<string>(tasks.Length, StringComparer.Ordinal);
        for (var k = 0; k < tasks.Length; k++)
        {
            if (!ids.Add(tasks[k].Id))
            {
                // Located at the tasks array (the reader keeps no offsets of array items), with the task's path.
                path.Push("tasks");
                path.Push(k);
                Report(ProblemCodes.DuplicateId, offset, ProblemMessage.Of("History.BaselineTaskTwice", tasks[k].Id), "id");
                path.Pop();
                path.Pop();
                return false;
            }
        }

        return true;
    }

    /// <summary>Reports changes out of recorded order and repeated change identifiers, which <see cref="RoleHistory"/> refuses.</summary>
    private bool InRecordedOrder(ImmutableArray<RoleChange> changes)
    {
        path.Push("changes");
        var ids = new HashSet<string>(changes.Length, StringComparer.Ordinal);
        var ok = true;
        for (var j = 0; j < changes.Length; j++)
        {
            path.Push(j);
            if (j > 0 && changes[j].RecordedAt < changes[j - 1].RecordedAt)
            {
                Report(ProblemCodes.InvalidValue, changeOffsets[j].Recorded, ProblemMessage.Of("History.RecordedOutOfOrder", changes[j].Id, changes[j - 1].Id), "recorded");
                ok = false;
            }

            if (!ids.Add(changes[j].Id))
            {
                Report(ProblemCodes.DuplicateId, changeOffsets[j].Id, ProblemMessage.Of("History.ChangeTwice", changes[j].Id), "id");
                ok = false;
            }

            path.Pop();
        }

        path.Pop();
        return ok;
    }

    /// <summary>Gives each pending history its baseline, the catalogue's role of that identifier; a history of an unknown role is left out.</summary>
    private ImmutableArray<RoleHistory> Histories(ImmutableArray<PendingHistory> pending, ImmutableArray<Role> roles)
    {
        if (pending.IsEmpty)
        {
            return [];
        }

        var baselines = new Dictionary<string, Role>(StringComparer.Ordinal);
        foreach (var role in roles)
        {
            baselines.TryAdd(role.Id, role);
        }

        var histories = ImmutableArray.CreateBuilder<RoleHistory>(pending.Length);
        var kept = new List<int>(pending.Length);
        path.Push("histories");
        foreach (var history in pending)
        {
            if (baselines.TryGetValue(history.RoleId, out var baseline))
            {
                histories.Add(new RoleHistory(baseline, history.Changes, history.Extensions, history.Tasks, history.TasksFrom));
                kept.Add(history.Index);
                continue;
            }

            if (!droppedIds.Contains(Key("role", history.RoleId)))
            {
                path.Push(history.Index);
                Report(ProblemCodes.UnresolvedReference, history.RoleOffset, ProblemMessage.Of("History.UnknownRole", history.RoleId), "role");
                path.Pop();
            }
        }

        var documentKept = keptIndices.GetValueOrDefault(path.Render());
        if (kept.Count != pending.Length || documentKept is not null)
        {
            keptIndices[path.Render()] = kept;
        }

        path.Pop();
        return histories.DrainToImmutable();
    }

    private static class HistoryMembers
    {
        internal const int Role = 0, TasksFrom = 1, Tasks = 2, Changes = 3;
        internal static readonly KnownMembers Table = new("role", "tasksFrom", "tasks", "changes");
    }
}
