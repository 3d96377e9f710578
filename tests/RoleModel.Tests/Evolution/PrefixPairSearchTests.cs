using RoleModel.Evolution;

namespace RoleModel.Tests.Evolution;

public sealed class PrefixPairSearchTests
{
    private static readonly string[] Words =
    [
        "prepare", "maintain", "production", "reports", "records", "personnel", "inspect", "equipment", "repair", "machines",
        "train", "workers", "schedule", "deliveries", "customers", "invoices", "budget", "review", "safety", "procedures",
    ];

    [Theory]
    [InlineData(0.3, new[] { 0, 1, 0, 2, 1, 2 })]
    [InlineData(0.4, new[] { 0, 2, 1, 2 })]
    [InlineData(0.5, new[] { 0, 2 })]
    [InlineData(0.7, new int[0])]
    public void Find_HandWorkedVectors_YieldsThePairsAtOrAboveTheThreshold(double threshold, int[] expected)
    {
        // Dot products: (0,1) = 0.6 × 0.6 = 0.36 (feature 0); (0,2) = 0.8 × 0.8 = 0.64 (feature 1); (1,2) = 0.8 × 0.6 = 0.48 (feature 2).
        int[][] features = [[0, 1], [0, 2], [1, 2]];
        double[][] weights = [[0.6, 0.8], [0.6, 0.8], [0.8, 0.6]];

        var found = PrefixPairSearch.Find(features, weights, [2, 2, 2], [0.6, 0.8, 0.8], threshold)
            .OrderBy(p => p.First).ThenBy(p => p.Second).ToList();

        found.SelectMany(p => new[] { p.First, p.Second }).Should().Equal(expected);
        found.All(p => Math.Abs(p.Score - (p.First == 0 ? (p.Second == 1 ? 0.36 : 0.64) : 0.48)) < 1e-12).Should().BeTrue();
    }

    [Fact]
    public void Find_TextWithoutFeatures_IsInNoPair()
    {
        int[][] features = [[], [0], [0]];
        double[][] weights = [[], [1d], [1d]];

        PrefixPairSearch.Find(features, weights, [2], [1d], 0.5).Should().Equal((1, 2, 1d));
    }

    [Theory]
    [InlineData(0.1)]
    [InlineData(0.35)]
    [InlineData(0.5)]
    [InlineData(0.8)]
    [InlineData(1.0)]
    public void Lexical_ManyOverlappingTexts_SamePairsAndSameScoresAsEveryPair(double threshold)
    {
        var texts = Enumerable.Range(0, 300).Select(Text).ToList();
        var index = LexicalTaskSimilarity.Default.Index(texts);
        var everyPair = TaskTextIndex.AllPairs(index.Score, index.Count).PairsAtLeast(threshold).ToList();

        var found = index.PairsAtLeast(threshold).OrderBy(p => p.First).ThenBy(p => p.Second).ToList();

        everyPair.Should().NotBeEmpty("the texts repeat and share words");

        found.Should().Equal(everyPair, "the scores are summed in the same order, to the last bit (also copies of a text at 1.0, whose rounded length may fall just short of 1)");
    }

    /// <summary>Text number <paramref name="i"/>: three to eight of the words, picked by a fixed sequence, some texts repeated.</summary>
    private static LocalizedText Text(int i)
    {
        var seed = (uint)(i % 250) * 2654435761u;
        var count = 3 + (int)(seed % 6);
        var words = new List<string>();
        for (var k = 0; k < count; k++)
        {
            seed = (seed * 1103515245u) + 12345u;
            words.Add(Words[(seed >> 16) % (uint)Words.Length]);
        }

        return LocalizedText.Invariant(string.Join(' ', words));
    }
}
