using RoleModel.Evolution;

namespace RoleModel.Tests.Evolution;

public sealed class LexicalTaskSimilarityTests
{
    private static double Score(LocalizedText first, LocalizedText second, params LocalizedText[] others)
    {
        var score = LexicalTaskSimilarity.Default.Prepare([first, second, .. others]);
        return score(0, 1);
    }

    private static LocalizedText Bilingual(string de, string en) => new([new("de", de), new("en", en)]);

    [Fact]
    public void Prepare_SameText_ScoresOne()
    {
        var text = Bilingual("KI-Pilot für die Sachbearbeitung", "AI pilot for case handling");

        Score(text, text).Should().BeApproximately(1d, 1e-9);
    }

    [Fact]
    public void Prepare_SameIndex_ScoresExactlyOne()
    {
        var score = LexicalTaskSimilarity.Default.Prepare([LocalizedText.Invariant("der die das")]);

        score(0, 0).Should().Be(1d);
    }

    [Fact]
    public void Prepare_DifferentWordingOfTheSameWork_ScoresAboveUnrelatedWork()
    {
        var pilot = Bilingual("Pilot: KI-Assistenz für die Sachbearbeitung", "Pilot: AI assistance for case workers");
        var other = Bilingual("KI-Pilot für die Sachbearbeitung", "AI pilot for case handling");
        var wifi = Bilingual("WLAN in öffentlichen Gebäuden", "Public Wi-Fi in municipal buildings");

        var score = LexicalTaskSimilarity.Default.Prepare([pilot, other, wifi]);

        score(0, 1).Should().BeGreaterThan(0.35).And.BeGreaterThan(score(0, 2) + 0.3);
    }

    [Fact]
    public void Prepare_DiacriticsAndCase_AreFolded()
    {
        Score(LocalizedText.Invariant("Bürgerbüro Größe"), LocalizedText.Invariant("BUERGERBURO grosse")).Should().BeGreaterThan(0.3);
        Score(LocalizedText.Invariant("Bürgerbüro Größe"), LocalizedText.Invariant("burgerburo grosse")).Should().BeApproximately(1d, 1e-9);
    }

    [Fact]
    public void Prepare_OnlyStopWords_ScoresZeroAgainstOthers()
    {
        Score(LocalizedText.Invariant("für die und der"), LocalizedText.Invariant("for the and of")).Should().Be(0d);
    }

    [Fact]
    public void Prepare_EmptyText_ScoresZeroAndNotNaN()
    {
        Score(LocalizedText.Empty, LocalizedText.Invariant("Open data")).Should().Be(0d);
    }

    [Fact]
    public void Prepare_IsSymmetricAndInRange()
    {
        LocalizedText[] texts = [Bilingual("Open-Data-Portal", "Open-data portal"), Bilingual("Offene Daten", "Open data"), LocalizedText.Invariant("Smart city")];
        var score = LexicalTaskSimilarity.Default.Prepare(texts);

        for (var i = 0; i < texts.Length; i++)
        {
            for (var j = 0; j < texts.Length; j++)
            {
                score(i, j).Should().Be(score(j, i)).And.BeInRange(0d, 1d);
            }
        }
    }

    [Fact]
    public void Prepare_RareSharedWordsWeighMoreThanCommonOnes()
    {
        // "digital" is in every text, "Lotsen" only in two: the pair sharing the rare word scores higher.
        LocalizedText[] texts =
        [
            LocalizedText.Invariant("digital Lotsen Ämter"),
            LocalizedText.Invariant("digital Lotsen Kreis"),
            LocalizedText.Invariant("digital Strategie Ämter"),
            LocalizedText.Invariant("digital Portal"),
            LocalizedText.Invariant("digital Sensoren"),
        ];
        var score = LexicalTaskSimilarity.Default.Prepare(texts);

        score(0, 1).Should().BeGreaterThan(score(3, 4));
    }

    [Fact]
    public void Prepare_Null_Throws()
    {
        var act = () => LexicalTaskSimilarity.Default.Prepare(null!);
        var item = () => LexicalTaskSimilarity.Default.Prepare([null!]);

        act.Should().Throw<ArgumentNullException>();
        item.Should().Throw<ArgumentNullException>();
    }

    [Fact]
    public void Words_FoldsAndDropsStopWords()
    {
        LexicalTaskSimilarity.Words("KI-Pilot für die Sachbearbeitung, Straße").Should().Equal("ki", "pilot", "sachbearbeitung", "strasse");
    }
}
