namespace RoleModel.Discovery.Tests;

/// <summary>The measured confident scores, and the method a text was compared by (whose scale they belong to).</summary>
public sealed class ConfidentScoresTests
{
    [Theory]
    [InlineData(SuggestionMethod.Combined)]
    [InlineData(SuggestionMethod.Embeddings)]
    [InlineData(SuggestionMethod.CharacterNGrams)]
    [InlineData(SuggestionMethod.Words)]
    public void EveryMethod_HasThresholdsWithinTheScoreRange(SuggestionMethod method)
    {
        ConfidentScores.Activity(method).Should().BeInRange(0.05, 1);
        ConfidentScores.Task(method).Should().BeInRange(0.05, 1);
    }

    [Fact]
    public void UndefinedMethod_IsRejected()
    {
        FluentActions.Invoking(() => ConfidentScores.Activity((SuggestionMethod)99)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("method");
        FluentActions.Invoking(() => ConfidentScores.Task((SuggestionMethod)99)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("method");
    }

    [Fact]
    public async Task ComparedBy_IsCharacterNGramsForGermanTextInTheCombination()
    {
        var suggester = await TaskSuggester.CreateAsync(Corpora.Municipal(), new LetterGenerator());

        var results = await suggester.SuggestAsync(["Pilot: AI assistance for case workers", "KI-Pilot für die Sachbearbeitung"]);

        results.Select(r => r.ComparedBy).Should().Equal(SuggestionMethod.Combined, SuggestionMethod.CharacterNGrams);
    }

    [Theory]
    [InlineData(SuggestionMethod.Embeddings)]
    [InlineData(SuggestionMethod.Words)]
    public async Task ComparedBy_IsTheSuggestersMethodOtherwise(SuggestionMethod method)
    {
        var suggester = await TaskSuggester.CreateAsync(Corpora.Municipal(), new LetterGenerator(), new SuggesterOptions { Method = method });

        var result = await suggester.SuggestAsync("KI-Pilot für die Sachbearbeitung");

        result.ComparedBy.Should().Be(method);
    }
}
