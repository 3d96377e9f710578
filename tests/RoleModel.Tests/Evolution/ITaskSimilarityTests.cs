using RoleModel.Evolution;
using static RoleModel.Tests.Evolution.Towns;

namespace RoleModel.Tests.Evolution;

public sealed class ITaskSimilarityTests
{
    /// <summary>A stand-in for a semantic model that knows two words mean the same: "Lotsen" (guides) and "Botschafter" (ambassadors).</summary>
    private sealed class Synonyms : ITaskSimilarity
    {
        public int Prepared { get; private set; }

        public Func<int, int, double> Prepare(IReadOnlyList<LocalizedText> texts)
        {
            Prepared++;
            var meaning = texts.Select(t => t.ToString().Contains("lotsen", StringComparison.OrdinalIgnoreCase) || t.ToString().Contains("botschafter", StringComparison.OrdinalIgnoreCase)).ToList();
            return (i, j) => i == j || (meaning[i] && meaning[j]) ? 1d : 0d;
        }
    }

    [Fact]
    public void Prepare_APluggedInSimilarity_DecidesTheGroups()
    {
        var similarity = new Synonyms();
        var histories = new[]
        {
            Log("town-a", Add("a1", Day(2022), Task("x", "Digitallotsen", "Digitallotsen"))),
            Log("town-b", Add("b1", Day(2023), Task("y", "Botschafter", "Botschafter"))),
        };

        var report = TaskPatterns.Find(histories, Now, Day(2020), Day(2026), new PatternOptions(similarity));

        report.Patterns.Should().ContainSingle().Which.RoleIds.Should().Equal("town-a", "town-b");
        similarity.Prepared.Should().Be(1, "the texts are prepared once per analysis");
        TaskPatterns.Find(histories, Now, Day(2020), Day(2026)).Patterns.Should().BeEmpty("the lexical default sees different words");
    }
}
