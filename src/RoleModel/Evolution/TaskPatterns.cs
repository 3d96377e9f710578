using System.Collections.Immutable;
using NodaTime;
using RoleModel.History;

namespace RoleModel.Evolution;

/// <summary>Finds recurring tasks across roles: the same work, worded differently, in the histories of many roles.</summary>
public static class TaskPatterns
{
    /// <summary>
    /// Groups the tasks of the given histories, as known at an instant, by the similarity of their titles, and
    /// describes each group found in at least <see cref="PatternOptions.MinimumRoles"/> different roles over a period.
    /// </summary>
    /// <param name="histories">The role histories to compare; at most one per role.</param>
    /// <param name="knownAt">Read each history as known at this instant: later changes and decisions are ignored, pending proposals do not count.</param>
    /// <param name="from">The first day of the period.</param>
    /// <param name="to">The last day of the period; tasks that became active only after it are not compared.</param>
    /// <param name="options">How tasks are compared; defaults to <see cref="PatternOptions.Default"/>.</param>
    /// <returns>The report; no patterns when fewer than two roles have tasks.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="histories"/> or one of its items is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="to"/> is before <paramref name="from"/>, or two histories are of the same role.</exception>
    public static TaskPatternReport Find(IEnumerable<RoleHistory> histories, Instant knownAt, LocalDate from, LocalDate to, PatternOptions? options = null)
    {
        var checkedHistories = Preconditions.CheckItems(Preconditions.CheckNotNull(histories));
        if (to < from)
        {
            throw new ArgumentException("The last day of the period must not be before its first day.", nameof(to));
        }

        if (Preconditions.FindDuplicate(checkedHistories, h => h.RoleId, StringComparer.Ordinal) is { } duplicate)
        {
            throw new ArgumentException($"Each role may have one history only; '{duplicate}' has more.", nameof(histories));
        }

        options ??= PatternOptions.Default;
        var occurrences = Collect(checkedHistories, knownAt, to);
        var patterns = Group(occurrences, options, from, to)
            .OrderByDescending(p => p.RoleIds.Length)
            .ThenBy(p => p.Since)
            .ThenBy(p => p.Key, StringComparer.Ordinal)
            .ToImmutableArray();
        var roles = occurrences.Select(o => o.RoleId).Distinct(StringComparer.Ordinal).Count();
        return new TaskPatternReport(from, to, knownAt, roles, occurrences.Count, patterns);
    }

    /// <summary>Every task active on some day up to <paramref name="until"/> in each history, as known at an instant.</summary>
    internal static List<TaskOccurrence> Collect(IEnumerable<RoleHistory> histories, Instant knownAt, LocalDate until) =>
        [.. histories.SelectMany(h => TaskOccurrence.Collect(h.AsKnownAt(knownAt), until))];

    /// <summary>The groups of occurrences in at least the options' minimum number of roles, as patterns over a period.</summary>
    internal static IEnumerable<TaskPattern> Group(IEnumerable<TaskOccurrence> occurrences, PatternOptions options, LocalDate from, LocalDate to) =>
        TaskGrouping.Group(occurrences, options.Similarity, options.Threshold)
            .Where(g => g.Select(o => o.RoleId).Distinct(StringComparer.Ordinal).Count() >= options.MinimumRoles)
            .Select(g => new TaskPattern(g, from, to, options.MinimumRoles));
}
