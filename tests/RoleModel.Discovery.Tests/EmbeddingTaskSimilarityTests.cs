using RoleModel.Evolution;

namespace RoleModel.Discovery.Tests;

public sealed class EmbeddingTaskSimilarityTests
{
    private static readonly LocalizedText[] Texts =
        [.. new[] { "abc", "abd", "xyz", "xyy", "aaa", "mno", "mnp", "abc abc", "zzz" }.Select(LocalizedText.Invariant)];

    [Theory]
    [InlineData(0.3)]
    [InlineData(0.6)]
    [InlineData(0.9)]
    public void PairsAtLeast_SmallSet_FindsThePairsEveryPairComparisonFinds(double threshold)
    {
        // Nine texts: three centroids, each text filed under all three, so the inverted file misses nothing.
        var index = new EmbeddingTaskSimilarity(new LetterGenerator()).Index(Texts);
        var everyPair = TaskTextIndex.AllPairs(index.Score, index.Count);

        index.PairsAtLeast(threshold).OrderBy(p => p.First).ThenBy(p => p.Second).Select(p => (p.First, p.Second))
            .Should().Equal(everyPair.PairsAtLeast(threshold).Select(p => (p.First, p.Second)));
    }

    [Fact]
    public void Score_IsTheCosineOfTheEmbeddings()
    {
        var score = new EmbeddingTaskSimilarity(new LetterGenerator()).Prepare(Texts);

        score(0, 7).Should().BeApproximately(1d, 1e-6, "'abc abc' has the letters of 'abc' twice");
        score(0, 1).Should().BeApproximately(2d / 3, 1e-6, "abc and abd share two of three letters");
        score(0, 2).Should().Be(0d);
        score(1, 0).Should().Be(score(0, 1));
    }

    [Fact]
    public void Average_IsTheMeanCosineAcrossTheGroups()
    {
        var index = new EmbeddingTaskSimilarity(new LetterGenerator()).Index(Texts);

        index.Average([0, 1], [7]).Should().BeApproximately((1d + (2d / 3)) / 2, 1e-6);
    }

    [Fact]
    public void Index_EmbedsAllTextsInOneCall()
    {
        var generator = new LetterGenerator();
        var index = new EmbeddingTaskSimilarity(generator).Index(Texts);

        generator.Calls.Should().Be(1, "all texts are embedded in one call");
        index.Count.Should().Be(Texts.Length);
    }

    [Fact]
    public void BadArguments_Throw()
    {
        FluentActions.Invoking(() => new EmbeddingTaskSimilarity(null!)).Should().Throw<ArgumentNullException>();
        var similarity = new EmbeddingTaskSimilarity(new LetterGenerator());
        FluentActions.Invoking(() => similarity.Index(null!)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => similarity.Index([LocalizedText.Invariant("a"), null!])).Should().Throw<ArgumentNullException>();
        similarity.Index([]).PairsAtLeast(0.5).Should().BeEmpty();
    }
}
