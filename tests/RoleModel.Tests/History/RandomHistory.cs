using NodaTime;
using RoleModel.History;

namespace RoleModel.Tests.History;

/// <summary>Random histories for the property tests: a few tasks and requirements, proposals and decisions, days in early 2024, strictly increasing recorded instants.</summary>
internal static class RandomHistory
{
    internal static readonly Instant Start = Instant.FromUtc(2024, 1, 1, 0, 0);
    internal static readonly LocalDate FirstDay = new(2024, 1, 1);

    internal static RoleHistory Create(int seed, int count = 40)
    {
        var random = new Random(seed);
        var changes = new List<RoleChange>();
        for (var i = 0; i < count; i++)
        {
            var (id, day, at) = ($"c{i}", FirstDay.PlusDays(random.Next(45)), Start.Plus(Duration.FromHours(i + 1)));
            var task = $"t{random.Next(6)}";
            var proposal = random.Next(4) == 0;
            changes.Add(random.Next(7) switch
            {
                0 or 1 => RoleChange.AddTask(id, day, at, "a", NewTask(random, task), isProposal: proposal),
                2 => RoleChange.ChangeTask(id, day, at, "a", NewTask(random, task), isProposal: proposal),
                3 => RoleChange.RetireTask(id, day, at, "a", task, isProposal: proposal),
                4 => DecideSome(random, changes, id, day, at),
                5 => RoleChange.AddRequirement(id, day, at, "a", new CompetencyRequirement($"k{random.Next(3)}", weight: random.Next(1, 4))),
                _ => RoleChange.RemoveRequirement(id, day, at, "a", $"k{random.Next(3)}"),
            });
        }

        return new RoleHistory(new Role("r", LocalizedText.Invariant("R"), RoleOpenness.Open(ShareRange.Full)), changes);
    }

    internal static LocalDate SomeDay(int value) => FirstDay.PlusDays(Math.Abs(value % 50) - 2);

    private static RoleTask NewTask(Random random, string id) =>
        new(id, LocalizedText.Invariant(id), random.Next(8) == 0 ? 100m / 3m : random.Next(0, 4000) / 100m, (TaskOrigin)random.Next(3), (RoleTaskStatus)random.Next(4));

    private static RoleChange DecideSome(Random random, List<RoleChange> changes, string id, LocalDate day, Instant at)
    {
        var proposals = changes.Where(c => c.IsProposal).ToList();
        var target = proposals.Count == 0 ? "none" : proposals[random.Next(proposals.Count)].Id;
        return RoleChange.Decide(id, day, at, "b", target, (ProposalState)random.Next(1, 4));
    }
}
