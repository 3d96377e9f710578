using RoleModel.Cli.Discovery;

namespace RoleModel.Cli.Tests;

public sealed class PairwiseAgreementTests
{
    private static HashSet<string> Labels(params string[] labels) => labels.ToHashSet(StringComparer.Ordinal);

    [Fact]
    public void Of_HandWorkedCase_CountsPairsOfDifferentRolesSharingALabel()
    {
        (string, IReadOnlySet<string>)[] items =
        [
            ("r1", Labels("A")),       // 0
            ("r2", Labels("A", "B")),  // 1
            ("r3", Labels("B")),       // 2
            ("r1", Labels("A")),       // 3: same role as 0
            ("r4", Labels("C")),       // 4
            ("r5", Labels()),          // 5: no label, counts nowhere
        ];

        // Right pairs (different roles, a shared label): 0-1, 1-2, 1-3 (A, B, A); 0-3 is one role; 4 shares nothing: 3.
        PairwiseAgreement.RightPairs(items).Should().Be(3);

        // Group {0, 1, 3, 4, 5}: pairs of different roles among labelled 0, 1, 3, 4: 0-1, 0-4, 1-3, 1-4, 3-4 = 5; right: 0-1, 1-3 = 2.
        // Group {2}: none.
        var scores = PairwiseAgreement.Of(items, [[0, 1, 3, 4, 5], [2]]);

        scores.Should().Be(new PairwiseScores(5, 2, 3));
        scores.Precision.Should().BeApproximately(2 / 5.0, 1e-12);
        scores.Recall.Should().BeApproximately(2 / 3.0, 1e-12);
        scores.F1.Should().BeApproximately(2 * 0.4 * (2 / 3.0) / (0.4 + (2 / 3.0)), 1e-12);   // 0.5
    }

    [Fact]
    public void Of_NoGroupsOrNoRightPairs_IsZeroNotNaN()
    {
        (string, IReadOnlySet<string>)[] items = [("r1", Labels("A")), ("r2", Labels("B"))];

        var scores = PairwiseAgreement.Of(items, []);

        scores.Should().Be(new PairwiseScores(0, 0, 0));
        (scores.Precision, scores.Recall, scores.F1).Should().Be((0d, 0d, 0d));
    }
}
