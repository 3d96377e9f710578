using System.Globalization;
using RoleModel.Discovery.Learning;

namespace RoleModel.Discovery.Tests;

public sealed class ActivityClassifierTests
{
    private static readonly SuggesterOptions Weighted = new() { ClassifierWeight = 0.5 };

    /// <summary>Three activities: "budget" and "audit" texts share one direction of the embedding (only their words tell them apart), "garden" has its own.</summary>
    private static List<LabelledText> Separable() =>
    [
        new("prepare the annual budget", [1, 0, 0], ["budget"]),
        new("plan budget figures", [0.9f, 0.1f, 0], ["budget"]),
        new("check the audit trail", [1, 0, 0], ["audit"]),
        new("audit the accounts", [0.9f, 0.1f, 0], ["audit"]),
        new("water the garden plants", [0, 0, 1], ["garden"]),
        new("mow the garden lawn", [0, 0.1f, 0.9f], ["garden"]),
        new("plan budget and audit", [1, 0, 0], ["budget", "audit"]),
    ];

    [Fact]
    public void Train_SeparableCase_PredictsTheRightActivityFromWordsAndEmbedding()
    {
        var classifier = ActivityClassifier.Train(Separable())!;

        classifier.Classes.Should().Equal("audit", "budget", "garden");
        classifier.Predict("budget for next year", [1, 0, 0])[0].Id.Should().Be("budget", "the words decide where the embedding cannot");
        classifier.Predict("an audit of the year", [1, 0, 0])[0].Id.Should().Be("audit");
        classifier.Predict("weeding", [0, 0, 2])[0].Id.Should().Be("garden", "the embedding decides where no word is known (and its length does not matter)");
        var probabilities = classifier.Predict("prepare the annual budget", [1, 0, 0]);
        probabilities.Sum(p => p.Probability).Should().BeApproximately(1, 1e-5);
        probabilities[0].Probability.Should().BeGreaterThan(0.5, "a training text is learnt");
        probabilities.Select(p => p.Probability).Should().BeInDescendingOrder();
    }

    [Fact]
    public void Train_SameExamples_GivesTheSameModel()
    {
        var first = ActivityClassifier.Train(Separable())!.Predict("plan the audit budget", [0.7f, 0.7f, 0.1f]);
        var second = ActivityClassifier.Train(Separable())!.Predict("plan the audit budget", [0.7f, 0.7f, 0.1f]);

        second.Should().Equal(first, "training is seeded and runs on one thread");
    }

    [Fact]
    public void Train_NoLabels_GivesNoClassifier()
    {
        ActivityClassifier.Train([new LabelledText("water the garden", [0, 0, 1], [])]).Should().BeNull();
        ActivityClassifier.Train([]).Should().BeNull();
    }

    [Fact]
    public void Train_FewCandidates_StillScoresTheTextsOwnActivities()
    {
        var classifier = ActivityClassifier.Train(Separable(), new ClassifierSettings(Candidates: 1))!;

        classifier.Predict("check the audit trail", [1, 0, 0]).Should().ContainSingle("a query is scored against the one nearest centroid");
        classifier.Predict("water the garden plants", [0, 0, 1]).Single().Should().Be(("garden", 1.0));
    }

    [Fact]
    public async Task CreateAsync_LabelledCorpusWithEmbeddings_TrainsAClassifierOnlyWhenWeighted()
    {
        var labelled = await TaskSuggester.CreateAsync(Corpora.Municipal(), new LetterGenerator(), Weighted);
        var unweighted = await TaskSuggester.CreateAsync(Corpora.Municipal(), new LetterGenerator(), new SuggesterOptions { ClassifierWeight = 0 });
        var lexical = await TaskSuggester.CreateAsync(Corpora.Municipal(), new LetterGenerator(), new SuggesterOptions { Method = SuggestionMethod.CharacterNGrams, ClassifierWeight = 0.5 });
        var embeddings = await TaskSuggester.CreateAsync(Corpora.Municipal(), new LetterGenerator(), new SuggesterOptions { Method = SuggestionMethod.Embeddings, ClassifierWeight = 0.5 });

        labelled.Classifier.Should().NotBeNull();
        labelled.Classifier!.Classes.Should().Equal("act-budget", "act-data", "act-pilot");
        unweighted.Classifier.Should().BeNull();
        lexical.Classifier.Should().BeNull("only the combined method uses the classifier");
        embeddings.Classifier.Should().BeNull("only the combined method uses the classifier");
    }

    [Fact]
    public async Task CreateAsync_CorpusWithoutLabels_KeepsTheVotesAlone()
    {
        var corpus = new DiscoveryCorpus(
            [new DiscoveryTask("r", "a", LocalizedText.Of("en", "Prepare budgets")), new DiscoveryTask("r", "b", LocalizedText.Of("en", "Water plants"))],
            [new DiscoveryActivity("act", LocalizedText.Of("en", "Prepare budgets"))]);
        var generator = new LetterGenerator();

        var suggester = await TaskSuggester.CreateAsync(corpus, generator, Weighted);
        var without = await TaskSuggester.CreateAsync(corpus, generator, new SuggesterOptions { ClassifierWeight = 0 });

        suggester.Classifier.Should().BeNull("no task has an activity");
        (await suggester.SuggestAsync("budget plan")).Activities.Select(a => (a.Id, a.Score))
            .Should().Equal((await without.SuggestAsync("budget plan")).Activities.Select(a => (a.Id, a.Score)));
    }

    [Fact]
    public async Task SuggestAsync_Classifier_MixesItsProbabilityIntoTheActivityScore()
    {
        var generator = new LetterGenerator();
        var with = await TaskSuggester.CreateAsync(Corpora.Municipal(), generator, new SuggesterOptions { ClassifierWeight = 1 });
        var without = await TaskSuggester.CreateAsync(Corpora.Municipal(), generator, new SuggesterOptions { ClassifierWeight = 0 });
        const string text = "Publish the open data sets";

        var predicted = with.Classifier!.Predict(text, (await generator.GenerateAsync([text]))[0].Vector.Span);
        var result = await with.SuggestAsync(text);

        result.Activities.Select(a => (a.Id, a.Score)).Should().Equal(predicted.Select(p => (p.Id, p.Probability)),
            "with weight 1 the score is the classifier's probability");
        result.Activities[0].Id.Should().Be("act-data");
        result.Activities[0].Evidence.Should().EndWith(string.Create(CultureInfo.InvariantCulture, $"; learnt from labelled tasks {predicted[0].Probability:0.00}"),
            "the evidence says what the score was learnt from");
        (await without.SuggestAsync(text)).Activities[0].Evidence.Should().NotContain("learnt", "without a classifier nothing was learnt");
        (await without.SuggestAsync(text)).Activities.Select(a => a.Score).Should().NotEqual(result.Activities.Select(a => a.Score));
    }

    [Fact]
    public async Task SuggestForTaskAsync_DoesNotUseTheClassifierThatLearntTheTask()
    {
        var generator = new LetterGenerator();
        var with = await TaskSuggester.CreateAsync(Corpora.Municipal(), generator, Weighted);
        var without = await TaskSuggester.CreateAsync(Corpora.Municipal(), generator, new SuggesterOptions { ClassifierWeight = 0 });

        var result = await with.SuggestForTaskAsync("cdo-a", "ai-pilot");

        result.Activities.Select(a => (a.Id, a.Score)).Should().Equal((await without.SuggestForTaskAsync("cdo-a", "ai-pilot")).Activities.Select(a => (a.Id, a.Score)));
    }

    [Theory]
    [InlineData(-0.1)]
    [InlineData(1.1)]
    [InlineData(double.NaN)]
    public async Task CreateAsync_ClassifierWeightOutOfRange_Throws(double weight)
    {
        var act = () => TaskSuggester.CreateAsync(Corpora.Municipal(), new LetterGenerator(), new SuggesterOptions { ClassifierWeight = weight });

        (await act.Should().ThrowAsync<ArgumentOutOfRangeException>()).WithParameterName("ClassifierWeight");
    }
}
