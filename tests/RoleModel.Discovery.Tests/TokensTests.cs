using RoleModel.Discovery.Text;

namespace RoleModel.Discovery.Tests;

public sealed class TokensTests
{
    [Fact]
    public void Words_LowerCasesAndDropsStopWordsAndSingleLetters() =>
        Tokens.Words("Plan the KI-Pilot für die Ämter, a B2 step").Should().Equal("plan", "ki", "pilot", "ämter", "b2", "step");

    [Fact]
    public void CharacterNGrams_PadTheWords() =>
        Tokens.CharacterNGrams("KI").Should().Equal(" ki", "ki ", " ki ");

    [Theory]
    [InlineData("KI-Pilot für die Sachbearbeitung", true)]
    [InlineData("Pilot der Assistenz und Beratung", true)]
    [InlineData("Pilot: AI assistance for case workers", false)]
    [InlineData("Die Hard", false)]
    public void IsGerman_GuessesFromUmlautsAndFunctionWords(string text, bool german) =>
        LanguageGuess.IsGerman(text).Should().Be(german);

    [Fact]
    public void SparseModel_UnitVectorsAndIdf_RareTermsWeighMore()
    {
        var model = new SparseModel(["budget plan", "budget review", "budget audit"], Tokens.Words);

        var vector = model.Transform("budget audit");

        vector.Sum(p => p.Weight * p.Weight).Should().BeApproximately(1, 1e-5f);
        vector.Select(p => p.Term).Should().Equal(0, 3);   // budget, audit: terms in order of first appearance
        vector[1].Weight.Should().BeGreaterThan(vector[0].Weight, "'audit' is rarer than 'budget'");
        model.Transform("unknown words").Should().BeEmpty();
    }
}
