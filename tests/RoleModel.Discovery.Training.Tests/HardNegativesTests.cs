using RoleModel.Discovery.Training.Onet;
using RoleModel.Discovery.Training.Training;

namespace RoleModel.Discovery.Training.Tests;

public sealed class HardNegativesTests : IDisposable
{
    private const string Tasks = "O*NET-SOC Code\tTitle\tTask ID\tTask\n11-1011.00\tChief\t1\tPlan budgets.\n11-1011.00\tChief\t2\tHire staff.\n13-2011.00\tAccountant\t3\tAudit books.\n";

    /// <summary>A1, A2 and A3 are siblings (IWA I1); B1 is alone in I2.</summary>
    private const string Activities = "Element ID\tIWA ID\tDWA ID\tDWA Title\nx\tI1\tA1\tManage budgets.\nx\tI1\tA2\tExamine records.\nx\tI1\tA3\tAudit accounts.\nx\tI2\tB1\tRecruit people.\n";
    private const string Links = "O*NET-SOC Code\tTask ID\tDWA ID\n11-1011.00\t1\tA1\n11-1011.00\t1\tA2\n11-1011.00\t2\tB1\n13-2011.00\t3\tA3\n";

    private static readonly TrainingPair[] Pairs =
    [
        new("Plan budgets.", "Manage budgets.", "A1", "11-1011.00/1"),
        new("Plan budgets.", "Examine records.", "A2", "11-1011.00/1"),
        new("Hire staff.", "Recruit people.", "B1", "11-1011.00/2"),
        new("Audit books.", "Audit accounts.", "A3", "13-2011.00/3"),
    ];

    private readonly string folder = Directory.CreateTempSubdirectory("rolemodel-hard-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public void Draw_GivesASiblingTheTaskIsNotLinkedTo_OrNullWhenThereIsNone()
    {
        var hard = Read();

        var draws = Enumerable.Range(0, 50).Select(_ => hard.Draw(new Random(7))).ToList();
        var many = Enumerable.Range(0, 50).Select(i => hard.Draw(new Random(i))).ToList();

        hard.PairsWithSiblings.Should().Be(3, "B1 has no sibling");
        many.Should().AllSatisfy(d => d.Should().HaveCount(4).And.Subject.Should().SatisfyRespectively(
            a => a.Should().Be("A3", "A2, the other sibling of A1, is linked to the same task"),
            a => a.Should().Be("A3", "A1 is linked to the same task"),
            a => a.Should().BeNull(),
            a => a.Should().BeOneOf("A1", "A2")));
        many.Select(d => d[3]).Should().Contain("A1").And.Contain("A2", "every sibling is drawn in the end");
        draws.Should().AllSatisfy(d => d.Should().Equal(draws[0]), "the same seed gives the same draws");
        hard.Titles["A3"].Should().Be("Audit accounts.");
    }

    [Fact]
    public void Batches_WithHardNegatives_HoldEachDwaOnce_AsPositiveOrNegative()
    {
        var pairs = Enumerable.Range(0, 200).Select(i => new TrainingPair($"task {i % 40}", $"activity {i % 25}", $"A{i % 25}", $"11-0000.00/{i % 40}")).ToList();
        var negatives = pairs.Select((p, i) => i % 7 == 0 ? null : $"A{(i + 3) % 25}").ToList();

        var batches = PairBatches.Of(pairs, 8, new Random(42), negatives);

        batches.Should().NotBeEmpty().And.AllSatisfy(b => b.Select(i => pairs[i].ActivityId).Concat(b.Select(i => negatives[i]).OfType<string>())
            .Should().OnlyHaveUniqueItems());
        batches.SelectMany(b => b).Should().OnlyHaveUniqueItems();
    }

    [OnetFact]
    public void Of_Onet29_EveryDrawnNegativeIsASiblingNotLinkedToItsTask()
    {
        var onet = OnetTasks.Read(OnetRelease.Folder!);
        var pairs = TrainingPairs.Build(onet).Pairs;

        var hard = HardNegatives.Of(onet, pairs);
        var drawn = hard.Draw(new Random(43));

        hard.PairsWithSiblings.Should().Be(8_895);
        drawn.Count(d => d is not null).Should().Be(8_895);
        pairs.Zip(drawn).Where(x => x.Second is not null).Should().AllSatisfy(x =>
        {
            var key = x.First.TaskKey.Split('/');
            onet.ActivityGroups[x.Second!].Should().Be(onet.ActivityGroups[x.First.ActivityId]);
            onet.ActivitiesOf(key[0], key[1]).Should().NotContain(x.Second);
        });
    }

    private HardNegatives Read()
    {
        OnetFolder.Write(folder, Tasks, Activities, Links);
        return HardNegatives.Of(OnetTasks.Read(folder), Pairs);
    }
}
