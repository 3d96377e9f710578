using RoleModel.Evolution;

namespace RoleModel.Tests.Evolution;

public sealed class TaskTextIndexTests
{
    private static readonly LocalizedText[] Texts =
    [
        new([new("de", "Pilot: KI-Assistenz für die Sachbearbeitung"), new("en", "Pilot: AI assistance for case workers")]),
        new([new("de", "KI-Pilot für die Sachbearbeitung"), new("en", "AI pilot for case handling")]),
        new([new("de", "WLAN in öffentlichen Gebäuden"), new("en", "Public Wi-Fi in municipal buildings")]),
        LocalizedText.Invariant("Public Wi-Fi in schools"),
        LocalizedText.Invariant("Update the city's digital strategy"),
        LocalizedText.Invariant("Update the digital strategy of the town"),
        LocalizedText.Invariant("der die das"),
        LocalizedText.Invariant("Maintain records of case handling"),
        LocalizedText.Invariant("Digital café for older citizens"),
        LocalizedText.Invariant("Digitalcafé für Senioren"),
    ];

    [Theory]
    [InlineData(0.05)]
    [InlineData(0.2)]
    [InlineData(0.35)]
    [InlineData(0.6)]
    [InlineData(1.0)]
    public void Lexical_PairsAtLeast_FindsExactlyThePairsEveryPairComparisonFinds(double threshold)
    {
        var index = LexicalTaskSimilarity.Default.Index(Texts);
        var everyPair = TaskTextIndex.AllPairs(index.Score, index.Count);

        var found = index.PairsAtLeast(threshold).OrderBy(p => p.First).ThenBy(p => p.Second).ToList();

        found.Select(p => (p.First, p.Second)).Should().Equal(everyPair.PairsAtLeast(threshold).Select(p => (p.First, p.Second)));
        found.All(p => p.First < p.Second && Math.Abs(p.Score - index.Score(p.First, p.Second)) < 1e-12).Should().BeTrue();
        if (threshold <= 0.35)
        {
            found.Should().Contain(p => p.First == 0 && p.Second == 1, "the two wordings of the AI pilot share most words");
        }
    }

    [Fact]
    public void Lexical_Average_IsTheMeanOfThePairScores()
    {
        var index = LexicalTaskSimilarity.Default.Index(Texts);
        var everyPair = TaskTextIndex.AllPairs(index.Score, index.Count);

        index.Average([0, 1, 7], [2, 3]).Should().BeApproximately(everyPair.Average([0, 1, 7], [2, 3]), 1e-12);
        index.Average([4], [5]).Should().BeApproximately(index.Score(4, 5), 1e-12);
    }

    [Fact]
    public void Lexical_PrepareAndIndex_ScoreTheSame()
    {
        var score = LexicalTaskSimilarity.Default.Prepare(Texts);
        var index = LexicalTaskSimilarity.Default.Index(Texts);

        score(0, 1).Should().Be(index.Score(0, 1));
        score(4, 5).Should().Be(index.Score(5, 4));
        index.Score(6, 6).Should().Be(1d, "a text is the same as itself even without a known word");
        index.Score(6, 2).Should().Be(0d);
    }

    [Fact]
    public void AllPairs_ScoresEveryPairOnceAndAveragesAcrossGroups()
    {
        // Scores: (0,1) = 0.9, (0,2) = 0.2, (1,2) = 0.5.
        double[,] scores = { { 1, 0.9, 0.2 }, { 0.9, 1, 0.5 }, { 0.2, 0.5, 1 } };
        var index = TaskTextIndex.AllPairs((i, j) => scores[i, j], 3);

        index.PairsAtLeast(0.5).Should().Equal((0, 1, 0.9), (1, 2, 0.5));
        index.Average([0, 1], [2]).Should().BeApproximately((0.2 + 0.5) / 2, 1e-12);
    }

    [Fact]
    public void AllPairs_BadArguments_Throw()
    {
        FluentActions.Invoking(() => TaskTextIndex.AllPairs(null!, 1)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => TaskTextIndex.AllPairs((_, _) => 1, -1)).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => LexicalTaskSimilarity.Default.Index(null!)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => LexicalTaskSimilarity.Default.Index([LocalizedText.Invariant("a"), null!])).Should().Throw<ArgumentNullException>();
    }
}
