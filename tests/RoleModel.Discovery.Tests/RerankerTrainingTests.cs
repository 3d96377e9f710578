namespace RoleModel.Discovery.Tests;

public sealed class RerankerTrainingTests
{
    private static readonly string[][] Words =
    [
        ["budget", "prepare", "annual", "figures", "forecast", "spending"],
        ["audit", "inspect", "accounts", "records", "ledger", "compliance"],
        ["garden", "water", "plants", "lawn", "hedge", "flowers"],
        ["vehicle", "repair", "engine", "brakes", "tyres", "fleet"],
    ];

    /// <summary>Four activities (two under one broader activity) with 110 tasks each, worded from the activity's own words (440 labelled tasks, 55 held out).</summary>
    private static DiscoveryCorpus Large()
    {
        var tasks = new List<DiscoveryTask>();
        for (var a = 0; a < Words.Length; a++)
        {
            for (var n = 0; n < 110; n++)
            {
                var words = Words[a];
                var title = $"{words[n % 6]} {words[(n / 6) % 6]} {Words[(a + 1 + (n % 3)) % 4][n % 6]} item {n}";
                tasks.Add(new DiscoveryTask($"role-{n % 20}", $"t{a}-{n}", LocalizedText.Of("en", title), [$"act-{a}"]));
            }
        }

        return new DiscoveryCorpus(tasks,
        [
            new DiscoveryActivity("act-money", LocalizedText.Of("en", "Manage money")),
            new DiscoveryActivity("act-0", LocalizedText.Of("en", "Prepare budgets"), ["act-money"]),
            new DiscoveryActivity("act-1", LocalizedText.Of("en", "Audit accounts"), ["act-money"]),
            new DiscoveryActivity("act-2", LocalizedText.Of("en", "Tend gardens")),
            new DiscoveryActivity("act-3", LocalizedText.Of("en", "Repair vehicles")),
        ]);
    }

    [Fact]
    public async Task CreateAsync_ManyLabelledTasks_TrainsAReRankerWhoseProbabilitiesAreTheScores()
    {
        var suggester = await TaskSuggester.CreateAsync(Large(), new LetterGenerator());

        suggester.Reranker.Should().NotBeNull("the corpus has 440 labelled tasks, 55 of them held out for the re-ranker");
        var result = await suggester.SuggestAsync("prepare the annual budget figures");
        result.Activities[0].Id.Should().Be("act-0");
        result.Activities.Select(a => a.Score).Should().BeInDescendingOrder();
        result.Activities.Sum(a => a.Score).Should().BeLessThanOrEqualTo(1 + 1e-9, "the scores are the re-ranker's probabilities among the candidates");
        result.Activities.Should().OnlyContain(a => a.Evidence.Contains("learnt from labelled tasks", StringComparison.Ordinal));
    }

    [Fact]
    public async Task CreateAsync_RerankOff_OrFewLabelledTasks_TrainsNoReRanker()
    {
        (await TaskSuggester.CreateAsync(Large(), new LetterGenerator(), new SuggesterOptions { Rerank = false })).Reranker.Should().BeNull();
        (await TaskSuggester.CreateAsync(Large(), new LetterGenerator(), new SuggesterOptions { ClassifierWeight = 0 })).Reranker.Should().BeNull("without a classifier there is nothing to re-rank");
        (await TaskSuggester.CreateAsync(Corpora.Municipal(), new LetterGenerator())).Reranker.Should().BeNull("four labelled tasks are too few to hold any out");
    }

    [Fact]
    public async Task CreateAsync_SameCorpus_GivesTheSameSuggestions()
    {
        var first = await (await TaskSuggester.CreateAsync(Large(), new LetterGenerator())).SuggestAsync(["inspect the ledger", "water the hedge", "engine budget"]);
        var second = await (await TaskSuggester.CreateAsync(Large(), new LetterGenerator())).SuggestAsync(["inspect the ledger", "water the hedge", "engine budget"]);

        second.Select(r => r.Activities.Select(a => (a.Id, a.Score)).ToList()).Should().BeEquivalentTo(
            first.Select(r => r.Activities.Select(a => (a.Id, a.Score)).ToList()), o => o.WithStrictOrdering(), "training holds out the same tasks and runs in a fixed order");
    }

    [Fact]
    public async Task CreateAsync_ReRanker_ChangesOnlyTheOrderNotTheCandidates()
    {
        var with = await (await TaskSuggester.CreateAsync(Large(), new LetterGenerator())).SuggestAsync("audit the records", top: 4);
        var without = await (await TaskSuggester.CreateAsync(Large(), new LetterGenerator(), new SuggesterOptions { Rerank = false })).SuggestAsync("audit the records", top: 4);

        with.Activities.Select(a => a.Id).Should().BeEquivalentTo(without.Activities.Select(a => a.Id), "the corpus has four activities");
        with.Activities[0].Id.Should().Be("act-1");
    }
}
