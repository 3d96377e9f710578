using RoleModel.Discovery.Learning;

namespace RoleModel.Discovery.Tests;

public sealed class ActivityRerankerTests
{
    /// <summary>Four lists of two candidates, A (feature 1) and B (feature 0): A is right in three, B in one.</summary>
    private static List<(double[][] Features, bool[] Right)> ThreeOfFour(params double[] extra) =>
    [
        ([[1, .. extra], [0, .. extra]], [true, false]),
        ([[1, .. extra], [0, .. extra]], [true, false]),
        ([[1, .. extra], [0, .. extra]], [true, false]),
        ([[1, .. extra], [0, .. extra]], [false, true]),
    ];

    [Fact]
    public void Train_ThreeOfFour_LearnsTheShareOfTheRightCandidate()
    {
        // Standardized, A's feature is +1 and B's -1, so P(A) = 1 / (1 + e^(-2w)). The loss is least where the gradient
        // 2 (4 P(A) - 3) + 0.004 w is zero: P(A) = 3/4 up to 0.0005 w, w = ln(3) / 2 = 0.549 up to the same.
        var reranker = ActivityReranker.Train(ThreeOfFour())!;

        reranker.Weights.Single().Should().BeApproximately(Math.Log(3) / 2, 0.01);
        var probabilities = reranker.Probabilities([[1], [0]]);
        probabilities[0].Should().BeApproximately(0.75, 0.001);
        probabilities[1].Should().BeApproximately(0.25, 0.001);
    }

    [Fact]
    public void Train_ConstantFeature_GetsNoWeightAndChangesNothing()
    {
        var reranker = ActivityReranker.Train(ThreeOfFour(5))!;

        reranker.Weights[1].Should().BeApproximately(0, 1e-9, "a feature equal for every candidate cannot tell them apart");
        reranker.Probabilities([[1, 5], [0, 5]])[0].Should().BeApproximately(0.75, 0.001);
    }

    [Fact]
    public void Train_TwoRightCandidates_ShareTheProbability()
    {
        // The two right candidates have the same feature, so they get the same logit; the penalty keeps the weight finite.
        List<(double[][] Features, bool[] Right)> lists =
        [
            ([[1], [1], [0]], [true, true, false]),
            ([[1], [1], [0]], [true, true, false]),
        ];

        var probabilities = ActivityReranker.Train(lists)!.Probabilities([[1], [1], [0]]);

        probabilities[0].Should().Be(probabilities[1]);
        probabilities[0].Should().BeGreaterThan(0.49).And.BeLessThan(0.5);
        probabilities.Sum().Should().BeApproximately(1, 1e-12);
    }

    [Fact]
    public void Train_NoListWithARightAndAWrongCandidate_GivesNoReranker()
    {
        ActivityReranker.Train([]).Should().BeNull();
        ActivityReranker.Train([([[1], [0]], [false, false]), ([[1]], [true])]).Should().BeNull("nothing tells the candidates apart");
    }

    [Fact]
    public void Train_ListsWithoutARightCandidate_AreLeftOut()
    {
        var with = ActivityReranker.Train([.. ThreeOfFour(), ([[1], [0]], [false, false])])!;
        var without = ActivityReranker.Train(ThreeOfFour())!;

        with.Weights.Should().Equal(without.Weights);
    }

    [Fact]
    public void Train_SameLists_GivesTheSameWeights()
    {
        List<(double[][] Features, bool[] Right)> lists =
        [
            ([[0.9, 0.1], [0.2, 0.7], [0.1, 0.1]], [true, false, false]),
            ([[0.3, 0.8], [0.6, 0.2], [0.0, 0.5]], [false, true, false]),
            ([[0.5, 0.5], [0.4, 0.6], [0.8, 0.3]], [false, false, true]),
        ];

        ActivityReranker.Train(lists)!.Weights.Should().Equal(ActivityReranker.Train(lists)!.Weights);
    }
}
