using System.Collections.Immutable;

namespace RoleModel.Discovery.Tests;

/// <summary>The evidence of suggested competencies, and the lookups behind it that a suggester builds once for all its queries.</summary>
public sealed class EvidenceTests
{
    private static readonly SuggesterOptions NGrams = new() { Method = SuggestionMethod.CharacterNGrams };

    [Fact]
    public async Task SuggestAsync_RequirementOfSeveralSimilarTasksOfOneRole_CountsThatRoleOnce()
    {
        var corpus = new DiscoveryCorpus(
            [
                new DiscoveryTask("r1", "a", LocalizedText.Of("en", "Review contracts")),
                new DiscoveryTask("r1", "b", LocalizedText.Of("en", "Review contract drafts")),
                new DiscoveryTask("r2", "c", LocalizedText.Of("en", "Review the contracts")),
                new DiscoveryTask("r3", "d", LocalizedText.Of("en", "Water the plants")),
            ],
            roleRequirements: new Dictionary<string, ImmutableArray<string>>
            {
                ["r1"] = ["law", "law", "reading"],
                ["r2"] = ["law"],
                ["r3"] = ["reading", "gardening"],
            });
        var suggester = await TaskSuggester.CreateAsync(corpus, options: NGrams);

        var result = await suggester.SuggestAsync("Review contracts");

        result.Competencies.Single(c => c.Id == "law").Evidence.Should().Be("required by 2 roles of similar tasks", "r1 is counted once for its two tasks and its requirement listed twice");
        result.Competencies.Select(c => c.Id).Should().NotContain("gardening", "r3's task is not similar");
    }

    [Fact]
    public async Task SuggestAsync_ManyQueriesAtOnceOnANewSuggester_GiveWhatTheyGiveOneAfterAnother()
    {
        string[] texts = ["KI-Pilot in der Sachbearbeitung", "Plan the budget", "Publish open data", "Pilot AI assistance", "Haushalt planen", "Review contracts"];
        var alone = await TaskSuggester.CreateAsync(Corpora.Municipal(), new LetterGenerator());
        var expected = new List<string>();
        foreach (var text in texts)
        {
            expected.Add(Shown(await alone.SuggestAsync(text)));
        }

        var shared = await TaskSuggester.CreateAsync(Corpora.Municipal(), new LetterGenerator());
        var concurrent = await Task.WhenAll(Enumerable.Range(0, 48).Select(i => Task.Run(async () => (i % texts.Length, Shown(await shared.SuggestAsync(texts[i % texts.Length]))))));

        concurrent.Should().OnlyContain(r => r.Item2 == expected[r.Item1]);
    }

    private static string Shown(TaskSuggestions result) => string.Join('\n', new[] { result.Activities, result.Tasks, result.Competencies }
        .SelectMany(list => list).Select(s => FormattableString.Invariant($"{s.Id} {s.RoleId} {s.Score:R} {s.TaskCount} {s.RoleCount} {s.Evidence}")));
}
