using System.Collections.Immutable;
using NodaTime;
using RoleModel.History;

namespace RoleModel.Evolution;

/// <summary>Answers where a role's tasks came from: delegated by another role, brought by a lineage fact, or its own.</summary>
public static class TaskSources
{
    /// <summary>Traces every task of a role, as known at an instant.</summary>
    /// <remarks>
    /// A task is <see cref="TaskSourceKind.Delegated"/> when an accepted <c>taskDelegated</c> change of another
    /// role names this role and the task (the earliest such change counts); otherwise it came with
    /// <see cref="TaskSourceKind.Lineage"/> when a lineage fact of the role lists it, or when the fact's source
    /// role has a task with the same identifier; otherwise it is the role's <see cref="TaskSourceKind.Own"/>.
    /// </remarks>
    /// <param name="catalogue">The catalogue with the roles, their histories and the lineage facts.</param>
    /// <param name="roleId">The role to trace.</param>
    /// <param name="knownAt">Read the histories as known at this instant.</param>
    /// <returns>The role's ancestry, descendants and task sources; no tasks when the role has no history.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="catalogue"/> or <paramref name="roleId"/> is null.</exception>
    /// <exception cref="ArgumentException">The catalogue has no role <paramref name="roleId"/>.</exception>
    public static RoleProvenance Trace(Catalogue catalogue, string roleId, Instant knownAt)
    {
        Preconditions.CheckNotNull(catalogue);
        var role = catalogue.FindRole(Preconditions.CheckNotNull(roleId))
            ?? throw new ArgumentException($"The catalogue has no role '{roleId}'.", nameof(roleId));
        var ancestry = catalogue.Lineage.Where(l => string.Equals(l.RoleId, role.Id, StringComparison.Ordinal)).OrderBy(l => l.EffectiveOn).ToImmutableArray();
        var descendants = catalogue.Lineage.Where(l => string.Equals(l.SourceRoleId, role.Id, StringComparison.Ordinal)).OrderBy(l => l.EffectiveOn).ToImmutableArray();
        var delegations = Delegations(catalogue, role.Id, knownAt);
        var tasks = catalogue.FindHistory(role.Id) is { } history
            ? TaskOccurrence.Collect(history.AsKnownAt(knownAt), LocalDate.MaxIsoValue).Select(t => Source(catalogue, t, ancestry, delegations, knownAt)).ToImmutableArray()
            : [];
        return new RoleProvenance(role.Id, ancestry, descendants, tasks);
    }

    /// <summary>The accepted delegations to the role in other roles' histories, earliest first per task.</summary>
    private static Dictionary<string, (string RoleId, RoleChange Change)> Delegations(Catalogue catalogue, string roleId, Instant knownAt)
    {
        var result = new Dictionary<string, (string, RoleChange)>(StringComparer.Ordinal);
        var found = catalogue.Histories
            .Where(h => !string.Equals(h.RoleId, roleId, StringComparison.Ordinal))
            .Select(h => h.AsKnownAt(knownAt))
            .SelectMany(view => view.KnownChanges
                .Where(c => c.Kind == RoleChangeKind.TaskDelegated && string.Equals(c.TargetRoleId, roleId, StringComparison.Ordinal) && view.GetState(c.Id) == ProposalState.Accepted)
                .Select(c => (view.History.RoleId, Change: c)))
            .OrderBy(d => d.Change.EffectiveOn)
            .ThenBy(d => d.RoleId, StringComparer.Ordinal);
        foreach (var delegation in found)
        {
            result.TryAdd(delegation.Change.TaskId!, delegation);
        }

        return result;
    }

    private static TaskSource Source(Catalogue catalogue, TaskOccurrence task, ImmutableArray<RoleLineage> ancestry, Dictionary<string, (string RoleId, RoleChange Change)> delegations, Instant knownAt)
    {
        if (delegations.TryGetValue(task.TaskId, out var delegation))
        {
            return new TaskSource(task, TaskSourceKind.Delegated, delegation.RoleId, delegation.Change.EffectiveOn, delegation.Change.Id);
        }

        var fact = ancestry.FirstOrDefault(l => l.TaskIds.Contains(task.TaskId, StringComparer.Ordinal))
            ?? ancestry.FirstOrDefault(l => catalogue.FindHistory(l.SourceRoleId)?.AsKnownAt(knownAt).GetTaskTimeline(task.TaskId).IsEmpty == false);
        return fact is null
            ? new TaskSource(task, TaskSourceKind.Own, null, null, null)
            : new TaskSource(task, TaskSourceKind.Lineage, fact.SourceRoleId, fact.EffectiveOn, null);
    }
}
