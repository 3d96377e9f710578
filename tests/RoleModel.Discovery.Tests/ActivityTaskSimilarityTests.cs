using RoleModel.Evolution;

namespace RoleModel.Discovery.Tests;

public sealed class ActivityTaskSimilarityTests
{
    private static readonly SuggesterOptions NGrams = new() { Method = SuggestionMethod.CharacterNGrams };

    /// <summary>Texts that are not the reference's own: two steps of inspecting (few shared words), one of budgeting, one that shares nothing with the reference.</summary>
    private static readonly LocalizedText[] Texts =
        [.. new[] { "Inspect heating boilers", "Check pipes and valves for damage", "Prepare budget forecasts", "Zyxq vvv" }.Select(LocalizedText.Invariant)];

    /// <summary>A small labelled reference: two tasks of each of two activities, in three roles.</summary>
    private static DiscoveryCorpus Reference() => new(
        [
            new DiscoveryTask("r1", "t1", LocalizedText.Of("en", "Inspect boilers for leaks"), ["act-inspect"]),
            new DiscoveryTask("r2", "t2", LocalizedText.Of("en", "Check pipes and valves for damage or wear"), ["act-inspect"]),
            new DiscoveryTask("r1", "t3", LocalizedText.Of("en", "Prepare annual budget reports"), ["act-budget"]),
            new DiscoveryTask("r3", "t4", LocalizedText.Of("en", "Prepare budget forecasts for departments"), ["act-budget"]),
        ],
        [
            new DiscoveryActivity("act-inspect", LocalizedText.Of("en", "Inspect equipment")),
            new DiscoveryActivity("act-budget", LocalizedText.Of("en", "Prepare financial documents")),
        ]);

    private static async Task<ActivityTaskSimilarity> Similarity(int activities = 2, ITaskSimilarity? text = null, double textWeight = 0, bool unitLength = false) =>
        new(await TaskSuggester.CreateAsync(Reference(), options: NGrams), activities, text, textWeight) { UnitLength = unitLength };

    [Fact]
    public async Task Score_TextsPredictedIntoTheSameActivity_ScoreHighThoughTheirWordsDiffer()
    {
        var suggester = await TaskSuggester.CreateAsync(Reference(), options: NGrams);
        var profiles = await suggester.SuggestAsync([.. Texts.Select(t => t.Entries[0].Value)], 2);
        var score = new ActivityTaskSimilarity(suggester, 2).Prepare(Texts);

        profiles[0].Activities[0].Id.Should().Be("act-inspect");
        profiles[1].Activities[0].Id.Should().Be("act-inspect");
        profiles[2].Activities[0].Id.Should().Be("act-budget");
        score(0, 1).Should().BeApproximately(Agreement(profiles[0], profiles[1]), 1e-12, "the sum over shared activities of the products of their scores");
        score(0, 1).Should().BeGreaterThan(0.3, "both are predicted into act-inspect");
        LexicalTaskSimilarity.Default.Prepare(Texts)(0, 1).Should().BeLessThan(0.2, "their words differ");
        score(0, 2).Should().BeLessThan(score(0, 1) / 3, "inspecting and budgeting are different work");
        score(0, 3).Should().Be(0d, "nothing is suggested for a text that shares nothing with the reference");
        score(2, 2).Should().Be(1d);
        score(1, 0).Should().Be(score(0, 1));
    }

    [Fact]
    public async Task Score_UnitLength_IsTheCosineOfTheProfiles()
    {
        var score = (await Similarity(unitLength: true)).Prepare(Texts);

        score(0, 1).Should().BeGreaterThan(0.8, "both are predicted into act-inspect");
        score(0, 2).Should().BeLessThan(0.3, "inspecting and budgeting are different work");
        score(1, 0).Should().Be(score(0, 1));
    }

    private static double Agreement(TaskSuggestions first, TaskSuggestions second) =>
        first.Activities.Join(second.Activities, a => a.Id, b => b.Id, (a, b) => Math.Clamp(a.Score, 0, 1) * Math.Clamp(b.Score, 0, 1)).Sum();

    [Fact]
    public async Task Score_WithText_IsTheWeightedMixOfProfileCosineAndTextScore()
    {
        var profile = (await Similarity()).Prepare(Texts);
        var text = LexicalTaskSimilarity.Default.Prepare(Texts);
        var mixed = (await Similarity(text: LexicalTaskSimilarity.Default, textWeight: 0.4)).Prepare(Texts);

        foreach (var (i, j) in new[] { (0, 1), (0, 2), (1, 2), (2, 3) })
        {
            mixed(i, j).Should().BeApproximately((0.6 * profile(i, j)) + (0.4 * text(i, j)), 1e-12);
        }
    }

    [Theory]
    [InlineData(0.05, 0)]
    [InlineData(0.3, 0)]
    [InlineData(0.8, 0)]
    [InlineData(0.99, 0)]
    [InlineData(0.05, 0.5)]
    [InlineData(0.3, 0.5)]
    [InlineData(0.45, 0.5)]
    [InlineData(0.05, 0, true)]
    [InlineData(0.8, 0, true)]
    [InlineData(0.3, 0.5, true)]
    public async Task PairsAtLeast_FindsThePairsEveryPairComparisonFinds(double threshold, double textWeight, bool unitLength = false)
    {
        var index = (await Similarity(text: LexicalTaskSimilarity.Default, textWeight: textWeight, unitLength: unitLength)).Index([.. Texts, LocalizedText.Invariant("Inspect heating boilers yearly")]);
        var everyPair = TaskTextIndex.AllPairs(index.Score, index.Count);

        index.PairsAtLeast(threshold).OrderBy(p => p.First).ThenBy(p => p.Second)
            .Should().Equal(everyPair.PairsAtLeast(threshold));
    }

    [Fact]
    public async Task Average_IsTheMeanScoreAcrossTheGroups()
    {
        var index = (await Similarity(text: LexicalTaskSimilarity.Default, textWeight: 0.3)).Index(Texts);

        index.Average([0, 2], [1, 3]).Should().BeApproximately(
            (index.Score(0, 1) + index.Score(0, 3) + index.Score(2, 1) + index.Score(2, 3)) / 4, 1e-12);
    }

    [Fact]
    public async Task Index_SameInput_SameScores()
    {
        var (first, second) = ((await Similarity()).Index(Texts), (await Similarity()).Index(Texts));

        for (var i = 0; i < Texts.Length; i++)
        {
            for (var j = 0; j < Texts.Length; j++)
            {
                first.Score(i, j).Should().Be(second.Score(i, j));
            }
        }
    }

    [Fact]
    public async Task Index_AnyNumberOfThreads_SameScoresAndPairs()
    {
        var suggester = await TaskSuggester.CreateAsync(Reference(), options: NGrams);
        string[] words = ["Inspect boilers", "Check valves for wear", "Prepare budgets", "Forecast department budgets", "Inspect pipes"];
        LocalizedText[] texts = [.. Enumerable.Range(0, 64).Select(i => LocalizedText.Invariant(words[i % words.Length] + " " + (i / words.Length)))];
        var indexes = new[] { 1, 2, 4, 16 }.Select(threads => new ActivityTaskSimilarity(suggester, 2, LexicalTaskSimilarity.Default, 0.3) { MaxDegreeOfParallelism = threads }.Index(texts)).ToList();

        foreach (var index in indexes.Skip(1))
        {
            index.PairsAtLeast(0.1).Should().Equal(indexes[0].PairsAtLeast(0.1));
            for (var i = 0; i < texts.Length; i++)
            {
                for (var j = 0; j < texts.Length; j++)
                {
                    index.Score(i, j).Should().Be(indexes[0].Score(i, j));
                }
            }
        }

        indexes[0].PairsAtLeast(0.1).Should().NotBeEmpty();
    }

    [Fact]
    public async Task Activities_OneActivity_ComparesOnlyTheBestActivity()
    {
        var score = (await Similarity(activities: 1, unitLength: true)).Prepare(Texts);

        score(0, 1).Should().Be(1d, "both texts' best activity is act-inspect");
        score(0, 2).Should().Be(0d, "the best activities differ");
    }

    [Fact]
    public async Task BadArguments_Throw()
    {
        var reference = await TaskSuggester.CreateAsync(Reference(), options: NGrams);
        FluentActions.Invoking(() => new ActivityTaskSimilarity(null!)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => new ActivityTaskSimilarity(reference, 0)).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => new ActivityTaskSimilarity(reference, 101)).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => new ActivityTaskSimilarity(reference, 5, LexicalTaskSimilarity.Default, 1)).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => new ActivityTaskSimilarity(reference, 5, LexicalTaskSimilarity.Default, -0.1)).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => new ActivityTaskSimilarity(reference, 5, LexicalTaskSimilarity.Default, double.NaN)).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => new ActivityTaskSimilarity(reference, 5, null, 0.3)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => new ActivityTaskSimilarity(reference) { MaxDegreeOfParallelism = 0 }).Should().Throw<ArgumentOutOfRangeException>();
        var similarity = new ActivityTaskSimilarity(reference);
        similarity.Text.Should().BeNull();
        similarity.MaxDegreeOfParallelism.Should().Be(Environment.ProcessorCount);
        FluentActions.Invoking(() => similarity.Index(null!)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => similarity.Index([LocalizedText.Invariant("a"), null!])).Should().Throw<ArgumentNullException>();
        similarity.Index([]).PairsAtLeast(0.5).Should().BeEmpty();
    }
}
