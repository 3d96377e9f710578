using FsCheck.Xunit;
using NodaTime;
using RoleModel.History;

namespace RoleModel.Tests.History;

/// <summary>Laws of the projections, checked on random histories, against a naive replay of the log.</summary>
public sealed partial class RoleHistoryViewTests
{
    [Property(MaxTest = 200)]
    public bool ProjectOn_AsKnownAtT_IsUnaffectedByChangesRecordedAfterT(int seed, byte cut, int day)
    {
        var full = RandomHistory.Create(seed);
        var kept = cut % (full.Changes.Length + 1);
        var prefix = new RoleHistory(full.Baseline, full.Changes.Take(kept));
        var knownAt = kept == 0 ? RandomHistory.Start : full.Changes[kept - 1].RecordedAt;

        return prefix.AsKnownAt(knownAt).ProjectOn(RandomHistory.SomeDay(day)).Equals(full.AsKnownAt(knownAt).ProjectOn(RandomHistory.SomeDay(day)))
            && prefix.AsKnownAt(knownAt).GetTaskTimeline("t1").SequenceEqual(full.AsKnownAt(knownAt).GetTaskTimeline("t1"));
    }

    [Property(MaxTest = 200)]
    public bool ProjectOn_EqualsANaiveReplayOfTheLog(int seed, byte cut, int day)
    {
        var history = RandomHistory.Create(seed);
        var knownAt = RandomHistory.Start.Plus(Duration.FromHours(cut % 45));
        var date = RandomHistory.SomeDay(day);

        return history.AsKnownAt(knownAt).ProjectOn(date).Tasks.Tasks.SequenceEqual(NaiveTasks(history, knownAt, date));
    }

    [Property(MaxTest = 200)]
    public bool ProjectOn_SharesEqualThoseOfTheSameTasksInANewProfile(int seed, int day)
    {
        var projected = RandomHistory.Create(seed).AsKnownAt(Instant.MaxValue).ProjectOn(RandomHistory.SomeDay(day)).Tasks;
        var fresh = new TaskProfile(projected.Tasks);

        return projected.ActiveShare == fresh.ActiveShare && projected.SelfInitiatedShare == fresh.SelfInitiatedShare;
    }

    [Property(MaxTest = 100)]
    public bool Compare_OfADayWithItself_IsEmpty(int seed, int day) =>
        RandomHistory.Create(seed).AsKnownAt(Instant.MaxValue).Compare(RandomHistory.SomeDay(day), RandomHistory.SomeDay(day)).IsEmpty;

    [Property(MaxTest = 200)]
    public bool Compare_EqualsTheDifferenceOfTheTwoProjections(int seed, byte cut, int first, int second)
    {
        var view = RandomHistory.Create(seed).AsKnownAt(RandomHistory.Start.Plus(Duration.FromHours(cut % 45)));
        var (from, to) = (RandomHistory.SomeDay(first), RandomHistory.SomeDay(second));

        return view.Compare(from, to).Equals(RoleDiff.Between(view.ProjectOn(from), view.ProjectOn(to)));
    }

    [Property(MaxTest = 200)]
    public bool FindCrossings_AreTheDaysTheShareChangesSides(int seed, int first, byte threshold)
    {
        var view = RandomHistory.Create(seed).AsKnownAt(Instant.MaxValue);
        var from = RandomHistory.SomeDay(first);
        var limit = threshold % 60;
        static bool Counts(RoleTask t) => t.Origin != TaskOrigin.Delegated;
        var days = Enumerable.Range(1, 50).Select(from.PlusDays).ToList();
        var expected = days.Select(d => (Day: d, Share: view.GetShare(d, Counts)))
            .Where(x => (x.Share >= limit) != (view.GetShare(x.Day.PlusDays(-1), Counts) >= limit))
            .Select(x => new ShareCrossing(x.Day, x.Share, x.Share >= limit));

        return view.FindCrossings(from, days[^1], Counts, limit).SequenceEqual(expected);
    }

    [Property(MaxTest = 100)]
    public bool GetTimeline_VersionsAreTheProjectionsOfTheirFirstDays(int seed)
    {
        var view = RandomHistory.Create(seed).AsKnownAt(Instant.MaxValue);

        return view.GetTimeline().All(v => v.Value.Equals(view.ProjectOn(v.From)) && (v.Until is not { } end || v.Value.Equals(view.ProjectOn(end.PlusDays(-1)))));
    }

    /// <summary>The tasks on a day by the definition: per task, the last accepted version effective by then, ordered by (day, position it became known).</summary>
    private static List<RoleTask> NaiveTasks(RoleHistory history, Instant knownAt, LocalDate day)
    {
        var log = history.Changes.TakeWhile(c => c.RecordedAt <= knownAt).ToList();
        int KnownFrom(int i)
        {
            if (!log[i].IsProposal)
            {
                return i;
            }

            var decision = log.FindIndex(i + 1, c => c.Kind == RoleChangeKind.ProposalDecided && c.ProposalId == log[i].Id);
            return decision >= 0 && log[decision].Decision == ProposalState.Accepted ? decision : -1;
        }

        var versions = log.Select((c, i) => (Change: c, Known: c.Kind == RoleChangeKind.ProposalDecided ? -1 : KnownFrom(i)))
            .Where(v => v.Known >= 0 && v.Change.IsTaskChange && v.Change.EffectiveOn <= day);
        var latest = versions.GroupBy(v => v.Change.TaskId!)
            .ToDictionary(g => g.Key, g => g.OrderBy(v => v.Change.EffectiveOn).ThenBy(v => v.Known).Last().Change.Task);
        return history.Changes.Where(c => c.TaskId is not null).Select(c => c.TaskId!).Distinct()
            .Select(id => latest.GetValueOrDefault(id)).OfType<RoleTask>().ToList();
    }
}
