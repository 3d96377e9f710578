using BenchmarkDotNet.Attributes;
using NodaTime;
using RoleModel.History;

namespace RoleModel.Benchmarks;

/// <summary>
/// A role with 100,000 recorded changes to 2,000 tasks over five years (2022 to 2026): share changes,
/// one in ten of them retroactive, retirements and re-additions, proposals with decisions, requirement and
/// metadata changes. Index build, projection as of a day, difference of two days, drift over a year.
/// </summary>
[MemoryDiagnoser]
public class HistoryBenchmarks
{
    private const int TaskCount = 2_000;
    private const int ChangeCount = 100_000;
    private static readonly LocalDate FirstDay = new(2022, 1, 1);
    private static readonly Instant FirstInstant = Instant.FromUtc(2022, 1, 1, 8, 0);

    private Role baseline = null!;
    private RoleChange[] changes = null!;
    private RoleHistoryView now = null!;
    private RoleHistoryView pastKnowledge = null!;

    [GlobalSetup]
    public void Setup()
    {
        baseline = new Role("cdo", LocalizedText.Invariant("Chief Digital Officer"), RoleOpenness.Open(ShareRange.Full),
            requirements: Enumerable.Range(0, 20).Select(i => new CompetencyRequirement($"k{i}")));
        changes = Generate(new Random(42));
        var history = new RoleHistory(baseline, changes);
        now = history.AsKnownAt(Instant.MaxValue);
        pastKnowledge = history.AsKnownAt(changes[ChangeCount / 2].RecordedAt);
    }

    [Benchmark]
    public RoleHistoryView BuildIndex() => new RoleHistory(baseline, changes).AsKnownAt(Instant.MaxValue);

    [Benchmark]
    public RoleSnapshot ProjectOnADay() => now.ProjectOn(new LocalDate(2024, 6, 15));

    [Benchmark]
    public RoleSnapshot ProjectOnADayAsKnownInThePast() => pastKnowledge.ProjectOn(new LocalDate(2023, 6, 15));

    [Benchmark]
    public RoleDiff CompareTwoDays() => now.Compare(new LocalDate(2024, 6, 15), new LocalDate(2024, 9, 15));

    [Benchmark]
    public RoleDrift DriftOverAYear() => now.MeasureDrift(new LocalDate(2024, 1, 1), new LocalDate(2024, 12, 31));

    [Benchmark]
    public int PayGradeCrossingsOverAYear() =>
        now.FindCrossings(new LocalDate(2024, 1, 1), new LocalDate(2024, 12, 31), t => t.Share >= 0.05m, 50).Length;

    private static RoleChange[] Generate(Random random)
    {
        var result = new RoleChange[ChangeCount];
        var minutesPerChange = 5 * 365 * 24 * 60 / ChangeCount;
        var pendingProposal = -1;
        for (var i = 0; i < ChangeCount; i++)
        {
            var at = FirstInstant.Plus(Duration.FromMinutes((long)i * minutesPerChange));
            var today = FirstDay.PlusDays(i * 5 * 365 / ChangeCount);
            var day = random.Next(10) == 0 ? today.PlusDays(-random.Next(1, 90)) : today.PlusDays(random.Next(0, 30));
            var id = $"c{i}";
            var task = $"t{random.Next(TaskCount)}";
            var roll = random.Next(100);
            result[i] = i < TaskCount
                ? RoleChange.AddTask(id, FirstDay.PlusDays(i % 365), at, "hr", NewTask($"t{i}", random))
                : roll switch
                {
                    < 2 when pendingProposal < 0 => Propose(id, day, at, task, random, out pendingProposal, i),
                    < 4 when pendingProposal >= 0 => Decide(id, today, at, random, ref pendingProposal),
                    < 5 => RoleChange.RetireTask(id, day, at, "hr", task),
                    < 6 => RoleChange.ChangeRequirement(id, day, at, "hr", new CompetencyRequirement($"k{random.Next(20)}", weight: random.Next(1, 5))),
                    < 7 when random.Next(10) == 0 => RoleChange.ChangeMetadata(id, day, at, "hr", purpose: LocalizedText.Invariant($"Purpose {i}")),
                    _ => RoleChange.ChangeTask(id, day, at, "holder", NewTask(task, random)),
                };
        }

        return result;
    }

    private static RoleChange Propose(string id, LocalDate day, Instant at, string task, Random random, out int pending, int position)
    {
        pending = position;
        return RoleChange.ChangeTask(id, day, at, "holder", NewTask(task, random), isProposal: true);
    }

    private static RoleChange Decide(string id, LocalDate day, Instant at, Random random, ref int pending)
    {
        var decision = RoleChange.Decide(id, day, at, "mayor", $"c{pending}", random.Next(2) == 0 ? ProposalState.Accepted : ProposalState.Rejected);
        pending = -1;
        return decision;
    }

    private static RoleTask NewTask(string id, Random random) =>
        new(id, LocalizedText.Invariant(id), random.Next(1, 10) / 100m, random.Next(5) == 0 ? TaskOrigin.SelfInitiated : TaskOrigin.Assigned,
            uses: [new CompetencyUse($"k{random.Next(25)}")]);
}
