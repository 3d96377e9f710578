using System.Collections.Immutable;
using NodaTime;

namespace RoleModel.Evolution;

/// <summary>The recurring tasks found across roles over a period (see <see cref="TaskPatterns.Find"/>). Immutable.</summary>
/// <remarks>Reference equality: a computed answer.</remarks>
public sealed class TaskPatternReport
{
    internal TaskPatternReport(LocalDate from, LocalDate to, Instant knownAt, int roles, int tasks, ImmutableArray<TaskPattern> patterns)
    {
        From = from;
        To = to;
        KnownAt = knownAt;
        RolesCompared = roles;
        TasksCompared = tasks;
        Patterns = patterns;
    }

    /// <summary>The first day of the period.</summary>
    public LocalDate From { get; }

    /// <summary>The last day of the period.</summary>
    public LocalDate To { get; }

    /// <summary>The instant as of which the histories were read.</summary>
    public Instant KnownAt { get; }

    /// <summary>The number of roles whose histories had at least one task active up to <see cref="To"/>.</summary>
    public int RolesCompared { get; }

    /// <summary>The number of tasks compared: every task active on some day up to <see cref="To"/>.</summary>
    public int TasksCompared { get; }

    /// <summary>The patterns: most roles first, then earliest <see cref="TaskPattern.Since"/>, then by <see cref="TaskPattern.Key"/>.</summary>
    public ImmutableArray<TaskPattern> Patterns { get; }

    /// <summary>The emerging patterns, in the order of <see cref="Patterns"/>.</summary>
    public IEnumerable<TaskPattern> Emerging => Patterns.Where(p => p.IsEmerging);
}
