namespace RoleModel.Discovery.Tests;

public sealed class TaskSuggesterTests
{
    private static readonly SuggesterOptions NGrams = new() { Method = SuggestionMethod.CharacterNGrams };

    [Fact]
    public async Task SuggestAsync_GermanText_FindsTheGermanWordedTasksAndTheirActivity()
    {
        var suggester = await TaskSuggester.CreateAsync(Corpora.Municipal(), new LetterGenerator());

        var result = await suggester.SuggestAsync("KI-Pilot in der Sachbearbeitung");

        result.Tasks[0].Id.Should().Be("ai-pilot");
        result.Tasks[0].RoleId.Should().Be("cdo-a");
        result.Tasks[0].Title.Should().Be("Pilot: AI assistance for case workers", "the English title is shown where there is one");
        result.Activities[0].Id.Should().Be("act-pilot");
        result.Activities[0].Title.Should().Be("Pilot new technology in services");
        result.Competencies[0].Id.Should().Be("ai-literacy");
        result.Competencies[0].Title.Should().Be("AI literacy");
        result.Competencies[0].Evidence.Should().Be("used by 2 similar tasks in 2 roles");
        result.Competencies[0].RoleCount.Should().Be(2);
    }

    [Fact]
    public async Task SuggestAsync_RoleRequirement_IsWeakerEvidenceWithItsOwnWords()
    {
        var suggester = await TaskSuggester.CreateAsync(Corpora.Municipal(), options: NGrams);

        var result = await suggester.SuggestAsync("Plan the budget");

        result.Tasks[0].Id.Should().Be("budget");
        result.Competencies.Single(c => c.Id == "finance").Evidence.Should().Be("used by 1 similar task in 1 role; required by 1 role of similar tasks");
        result.Competencies.Select(c => c.Id).Should().NotContain("act-budget", "activities are not competencies");
    }

    [Fact]
    public async Task SuggestAsync_ActivityTitles_AreCandidatesEvenWithoutVotes()
    {
        var corpus = new DiscoveryCorpus(
            [new DiscoveryTask("r", "t", LocalizedText.Of("en", "Water lilies"))],
            [new DiscoveryActivity("a", LocalizedText.Of("en", "Prepare budgets"))]);
        var suggester = await TaskSuggester.CreateAsync(corpus, options: NGrams);

        var result = await suggester.SuggestAsync("Prepare budgets");

        result.Activities.Should().ContainSingle().Which.Evidence.Should().Be("0 of 0 similar tasks in 0 roles; title similarity 1.00");
        result.Tasks.Should().BeEmpty("no character n-gram is shared with the only task");
    }

    [Fact]
    public async Task SuggestAsync_Batch_EmbedsTheQueriesInOneCallAndKeepsTheirOrder()
    {
        var generator = new LetterGenerator();
        var suggester = await TaskSuggester.CreateAsync(Corpora.Municipal(), generator);
        var (calls, texts) = (generator.Calls, generator.Texts);

        var results = await suggester.SuggestAsync(["Publish open data", "Plan the budget", "Publish open data"], top: 2);

        generator.Calls.Should().Be(calls + 1);
        generator.Texts.Should().Be(texts + 3);
        results.Select(r => r.Text).Should().Equal("Publish open data", "Plan the budget", "Publish open data");
        results[0].Tasks.Should().HaveCount(2);
        results[0].Tasks.Select(t => (t.Id, t.Score)).Should().Equal(results[2].Tasks.Select(t => (t.Id, t.Score)), "the same text gives the same answer");
    }

    [Fact]
    public async Task SuggestAsync_EqualScores_AreOrderedByCorpusOrderAndIdentifier()
    {
        var corpus = new DiscoveryCorpus(
            [
                new DiscoveryTask("r2", "b", LocalizedText.Of("en", "Review contracts"), ["z"]),
                new DiscoveryTask("r1", "a", LocalizedText.Of("en", "Review contracts"), ["y"]),
            ]);
        var suggester = await TaskSuggester.CreateAsync(corpus, options: new SuggesterOptions { Method = SuggestionMethod.Words, ActivityTitleWeight = 0 });

        var result = await suggester.SuggestAsync("review contracts");

        result.Tasks.Select(t => t.Id).Should().Equal("b", "a");
        result.Activities.Select(a => a.Id).Should().Equal("y", "z");
        result.Activities[0].Score.Should().BeApproximately(0.5, 1e-6);
    }

    [Fact]
    public async Task SuggestForTaskAsync_LeavesOutTheTasksOfItsOwnRole()
    {
        var suggester = await TaskSuggester.CreateAsync(Corpora.Municipal(), options: NGrams);

        var result = await suggester.SuggestForTaskAsync("cdo-c", "open-data");

        result.Text.Should().Be("Publish open data");
        result.Tasks.Select(t => t.RoleId).Should().NotContain("cdo-c");
        await FluentActions.Awaiting(() => suggester.SuggestForTaskAsync("cdo-c", "absent")).Should().ThrowAsync<KeyNotFoundException>();
    }

    [Fact]
    public async Task CompareAsync_IsSymmetricWithOnesOnTheDiagonal()
    {
        var suggester = await TaskSuggester.CreateAsync(Corpora.Municipal(), new LetterGenerator());

        var matrix = await suggester.CompareAsync(["Pilot AI assistance", "AI assistance pilot", "Publish open data"]);

        matrix[0][0].Should().BeApproximately(1, 1e-5);
        matrix[0][1].Should().BeApproximately(matrix[1][0], 1e-9);
        matrix[0][1].Should().BeGreaterThan(matrix[0][2]);
    }

    [Fact]
    public async Task CreateAsync_BadArguments_Throw()
    {
        await FluentActions.Awaiting(() => TaskSuggester.CreateAsync(null!)).Should().ThrowAsync<ArgumentNullException>();
        await FluentActions.Awaiting(() => TaskSuggester.CreateAsync(Corpora.Municipal())).Should().ThrowAsync<ArgumentNullException>("the combined method needs a model");
        await FluentActions.Awaiting(() => TaskSuggester.CreateAsync(Corpora.Municipal(), options: new SuggesterOptions { Method = SuggestionMethod.Words, Neighbours = 0 }))
            .Should().ThrowAsync<ArgumentOutOfRangeException>();
        await FluentActions.Awaiting(() => TaskSuggester.CreateAsync(Corpora.Municipal(), options: new SuggesterOptions { Method = SuggestionMethod.Words, EmbeddingWeight = 2 }))
            .Should().ThrowAsync<ArgumentOutOfRangeException>();
        var suggester = await TaskSuggester.CreateAsync(Corpora.Municipal(), options: NGrams);
        await FluentActions.Awaiting(() => suggester.SuggestAsync("x", top: 0)).Should().ThrowAsync<ArgumentOutOfRangeException>();
        await FluentActions.Awaiting(() => suggester.SuggestAsync(["x", null!])).Should().ThrowAsync<ArgumentNullException>();
    }

    [Fact]
    public async Task SuggestAsync_CorpusWithoutActivities_SuggestsTasksAndCompetenciesOnly()
    {
        var corpus = new DiscoveryCorpus([new DiscoveryTask("r", "t", LocalizedText.Of("en", "Publish open data"), competencyIds: ["data-law"])]);
        var suggester = await TaskSuggester.CreateAsync(corpus, new LetterGenerator());

        var result = await suggester.SuggestAsync("Publish data");

        result.Activities.Should().BeEmpty();
        result.Tasks.Should().ContainSingle();
        result.Competencies.Select(c => (c.Id, c.Title)).Should().Equal(("data-law", "data-law"));
    }

    [Fact]
    public async Task SuggestAsync_RequirementOfEveryRole_IsNoEvidence()
    {
        var corpus = new DiscoveryCorpus(
            [
                new DiscoveryTask("r1", "t", LocalizedText.Of("en", "Review contracts")),
                new DiscoveryTask("r2", "t", LocalizedText.Of("en", "Review contract drafts")),
            ],
            roleRequirements: new Dictionary<string, System.Collections.Immutable.ImmutableArray<string>> { ["r1"] = ["reading", "law"], ["r2"] = ["reading"] });
        var suggester = await TaskSuggester.CreateAsync(corpus, options: NGrams);

        var result = await suggester.SuggestAsync("Review contracts");

        result.Competencies.Select(c => c.Id).Should().Equal("law");
        result.Competencies[0].Evidence.Should().Be("required by 1 role of similar tasks");
    }
}
