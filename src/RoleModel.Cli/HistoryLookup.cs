using NodaTime;
using RoleModel.History;

namespace RoleModel.Cli;

/// <summary>Finds a role's history and checks that the days asked about lie within it.</summary>
internal static class HistoryLookup
{
    public static RoleHistory Find(Catalogue catalogue, string roleId)
    {
        Lookup.Role(catalogue, roleId);
        return catalogue.FindHistory(roleId) ?? throw CommandFailedException.Worded(
            "Fail.NoHistory", roleId, Lookup.Some(catalogue.Histories.Select(h => h.RoleId)));
    }

    /// <summary>
    /// The one rule for a day before a history (docs/cli.md, "Days before a history"): a command that shows a role on a
    /// day refuses a day before the role's history starts (exit code 1), naming the first day; a role without a history
    /// is the role as written on any day. Returns the view of the role's history, or null when it has none.
    /// </summary>
    public static RoleHistoryView? ViewOn(Catalogue catalogue, string roleId, Instant? knownAt, LocalDate day) =>
        catalogue.FindHistory(roleId) is { } history ? View(history, knownAt, day) : null;

    /// <summary>The view as known at an instant (default now), checking that each day is not before the history starts.</summary>
    public static RoleHistoryView View(RoleHistory history, Instant? knownAt, params LocalDate[] days)
    {
        var view = history.AsKnownAt(knownAt ?? Today.Now);
        // A baseline task profile (a fixed duty list) is on record from the beginning, like the baseline role.
        var starts = view.KnownChanges.Select(c => c.EffectiveOn).ToList();
        if (history.BaselineTasksFrom is { } baseline)
        {
            starts.Add(baseline);
        }

        if (starts.Count == 0)
        {
            throw CommandFailedException.Worded("Fail.NothingOnRecord", history.RoleId, view.KnownAt);
        }

        var start = starts.Min();
        foreach (var day in days)
        {
            if (day < start)
            {
                throw CommandFailedException.Worded("Fail.BeforeHistory", day, history.RoleId, start);
            }
        }

        return view;
    }
}
