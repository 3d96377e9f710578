using RoleModel.Discovery.Text;

namespace RoleModel.Discovery.Tests;

/// <summary>The deterministic top-k that picks similar tasks and activity titles, worked out by hand.</summary>
public sealed class RankingTests
{
    [Fact]
    public void Top_BestPositiveScoresDescending_TiesByPosition()
    {
        float[] scores = [0.2f, 0.9f, 0f, 0.5f, 0.9f, -0.3f, 0.5f, 0.1f];

        Ranking.Top(scores, 4, _ => true).Should().Equal(1, 4, 3, 6);
        Ranking.Top(scores, 10, _ => true).Should().Equal([1, 4, 3, 6, 0, 7], "zero and negative scores never count");
    }

    [Fact]
    public void Top_FilterLeavesOutPositions_AndIsAskedOnlyForScoresThatWouldEnter()
    {
        float[] scores = [0.2f, 0.9f, 0.3f, 0.5f, 0.8f, 0.1f, 0.4f, 0.05f];
        var asked = new List<int>();

        var top = Ranking.Top(scores, 2, i =>
        {
            asked.Add(i);
            return i != 1;
        });

        top.Should().Equal(4, 3);
        asked.Should().Equal([0, 1, 2, 3, 4], "once two scores are held (0.5 and 0.8 after position 4), 0.1, 0.4 and 0.05 cannot enter");
    }

    [Fact]
    public void Top_NothingPositive_IsEmpty() =>
        Ranking.Top([0f, -1f], 3, _ => true).Should().BeEmpty();
}
