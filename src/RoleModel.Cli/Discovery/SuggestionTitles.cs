using RoleModel.Discovery;

namespace RoleModel.Cli.Discovery;

/// <summary>A suggestion's title in the chosen language: a task's or competency's from the document, an activity's as the corpus has it.</summary>
internal sealed class SuggestionTitles(DiscoveryCorpus corpus, Labels labels)
{
    private readonly Dictionary<(string RoleId, string TaskId), LocalizedText> tasks =
        corpus.Tasks.GroupBy(t => (t.RoleId, t.TaskId)).ToDictionary(g => g.Key, g => g.First().Title);

    public string Of(Suggestion suggestion) =>
        (suggestion.RoleId is { } roleId
            ? tasks.TryGetValue((roleId, suggestion.Id), out var title) ? labels.Show(title) : null
            : corpus.CompetencyNames.TryGetValue(suggestion.Id, out var name) ? labels.Show(name) : null) is { Length: > 0 } shown
            ? shown
            : suggestion.Title;
}
