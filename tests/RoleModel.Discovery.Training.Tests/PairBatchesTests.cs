using RoleModel.Discovery.Training.Onet;
using RoleModel.Discovery.Training.Training;

namespace RoleModel.Discovery.Training.Tests;

public sealed class PairBatchesTests
{
    /// <summary>300 pairs over 40 tasks and 25 DWAs, so that many pairs share a task or a DWA.</summary>
    private static readonly TrainingPair[] Pairs = [.. Enumerable.Range(0, 300).Select(i =>
        new TrainingPair($"task {i % 40}", $"activity {i % 25}", $"A{i % 25}", $"11-0000.00/{i % 40}"))];

    [Fact]
    public void Of_NoBatchHoldsADwaOrATaskTwice()
    {
        var batches = PairBatches.Of(Pairs, 16, new Random(42));

        batches.Should().AllSatisfy(b =>
        {
            b.Select(i => Pairs[i].ActivityId).Should().OnlyHaveUniqueItems();
            b.Select(i => Pairs[i].TaskKey).Should().OnlyHaveUniqueItems();
            b.Count.Should().BeInRange(2, 16);
        });
    }

    [Fact]
    public void Of_EveryPairAtMostOnce_AndOnlyPairsLeftAloneAreDropped()
    {
        var batches = PairBatches.Of(Pairs, 16, new Random(42));

        var used = batches.SelectMany(b => b).ToList();
        used.Should().OnlyHaveUniqueItems();
        used.Count.Should().BeGreaterThan(Pairs.Length - 25, "only batches of a single pair, which has no negative, are dropped");
    }

    [Fact]
    public void Of_SameSeed_SameBatches_OtherSeed_OtherOrder()
    {
        var first = PairBatches.Of(Pairs, 16, new Random(42));
        var again = PairBatches.Of(Pairs, 16, new Random(42));
        var other = PairBatches.Of(Pairs, 16, new Random(43));

        again.Should().BeEquivalentTo(first, o => o.WithStrictOrdering());
        other.SelectMany(b => b).Should().NotEqual(first.SelectMany(b => b));
    }
}
