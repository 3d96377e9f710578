using System.Collections.Immutable;
using NodaTime;

namespace RoleModel.History;

/// <summary>Drift and working-time shares over days and periods.</summary>
public sealed partial class RoleHistoryView
{
    /// <summary>How far the role drifted from <paramref name="from"/> to <paramref name="to"/> (see <see cref="RoleDrift"/> for the definitions).</summary>
    /// <param name="from">The first day.</param>
    /// <param name="to">The last day, not before <paramref name="from"/>.</param>
    /// <param name="catalogue">A catalogue that resolves the role's template, so that inherited requirements count; defaults to none (own requirements only).</param>
    /// <returns>The drift.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="to"/> is before <paramref name="from"/>.</exception>
    /// <exception cref="InvalidOperationException">The catalogue cannot resolve the role's template.</exception>
    public RoleDrift MeasureDrift(LocalDate from, LocalDate to, Catalogue? catalogue = null)
    {
        CheckPeriod(from, to);
        return DriftMeasure.Measure(this, index.Tasks, bound, from, to, catalogue);
    }

    /// <summary>The share of working time on a day spent on active tasks that satisfy a predicate.</summary>
    /// <param name="day">The day.</param>
    /// <param name="predicate">Which tasks count, such as tasks that need a given level or higher.</param>
    /// <returns>The share, in percent.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="predicate"/> is null.</exception>
    public decimal GetShare(LocalDate day, Func<RoleTask, bool> predicate) =>
        ShareOn(DayNumbers.From(day), Preconditions.CheckNotNull(predicate));

    /// <summary>
    /// The days in (<paramref name="from"/>, <paramref name="to"/>] on which the share of working time spent on
    /// active tasks satisfying a predicate reaches the threshold from below, or falls below it. German pay
    /// grading is the example: a grade applies while at least 50 % of working time meets its criteria.
    /// </summary>
    /// <param name="from">The day whose side of the threshold is the starting point.</param>
    /// <param name="to">The last day examined, not before <paramref name="from"/>.</param>
    /// <param name="predicate">Which tasks count.</param>
    /// <param name="threshold">The threshold in percent, 0 to 100; a share equal to it counts as reaching it.</param>
    /// <returns>The crossings, in day order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="predicate"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The threshold lies outside 0 to 100, or <paramref name="to"/> is before <paramref name="from"/>.</exception>
    public ImmutableArray<ShareCrossing> FindCrossings(LocalDate from, LocalDate to, Func<RoleTask, bool> predicate, decimal threshold)
    {
        Preconditions.CheckNotNull(predicate);
        Preconditions.CheckPercentage(threshold);
        CheckPeriod(from, to);
        var (first, last) = (DayNumbers.From(from), DayNumbers.From(to));
        var tasks = index.Tasks;
        var counted = new decimal[tasks.Keys.Length];
        var share = 0m;
        for (var slot = 0; slot < counted.Length; slot++)
        {
            share += counted[slot] = Counted(tasks.LookupEntry(slot, first, bound), predicate);
        }

        var result = ImmutableArray.CreateBuilder<ShareCrossing>();
        var reached = share >= threshold;
        tasks.Replay(first, last, bound,
            entry =>
            {
                var slot = tasks.Slot(entry);
                share -= counted[slot];
                share += counted[slot] = Counted(entry, predicate);
            },
            day =>
            {
                if ((share >= threshold) != reached)
                {
                    reached = !reached;
                    result.Add(new ShareCrossing(DayNumbers.ToDate(day), share, reached));
                }
            });
        return result.ToImmutable();
    }

    private decimal ShareOn(int day, Func<RoleTask, bool> predicate)
    {
        var share = 0m;
        for (var slot = 0; slot < index.Tasks.Keys.Length; slot++)
        {
            share += Counted(index.Tasks.LookupEntry(slot, day, bound), predicate);
        }

        return share;
    }

    /// <summary>The active share of a task entry when its task satisfies the predicate, else 0.</summary>
    private decimal Counted(int entry, Func<RoleTask, bool> predicate) =>
        entry >= 0 && index.Tasks.Value(entry) is { IsActive: true } task && predicate(task) ? task.Share : 0m;

    private static void CheckPeriod(LocalDate from, LocalDate to)
    {
        if (to < from)
        {
            throw new ArgumentOutOfRangeException(nameof(to), to, "The last day of a period must not be before its first day.");
        }
    }
}
