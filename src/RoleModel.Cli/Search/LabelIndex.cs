using System.Text.Json;
using RoleModel.Interop.Esco;

namespace RoleModel.Cli.Search;

/// <summary>What a search hit is.</summary>
internal enum SearchKind
{
    Role,
    Competency,
    Person,
}

/// <summary>One searchable label: a title or name in one language, an alternative label, or an id.</summary>
internal sealed record SearchLabel(SearchKind Kind, string Id, string Text, string Normalized, string[] Words);

/// <summary>A found item with the label that matched best and its score (higher is better, 1 and above for an exact label).</summary>
internal sealed record SearchHit(SearchKind Kind, string Id, string Label, double Score);

/// <summary>
/// Finds roles, competencies and people by any of their labels, tolerant of case, diacritics and small typos.
/// A trigram index picks candidates (labels sharing the most three-letter pieces with the query); each
/// candidate is then scored word by word with an edit distance, so "chef informaton oficer" finds
/// "chief information officer". Built once per document; a query touches only the labels that share a trigram.
/// </summary>
/// <remarks>
/// Why not a library: Lucene.Net (the one full-text engine served) is a 4.8 beta whose fuzzy queries work per
/// term with at most two edits and which needs its analysis package for diacritic folding; F23.StringSimilarity
/// and FuzzySharp compare two strings, so they would scan every label per query. The index is ~150 lines and
/// keeps the tool free of another dependency.
/// </remarks>
internal sealed class LabelIndex
{
    /// <summary>How many trigram candidates are scored word by word.</summary>
    private const int Candidates = 300;

    /// <summary>Hits below this score are unrelated words that happen to share letters ("Datenschutz" and "patents").</summary>
    private const double MinimumScore = 0.5;

    private readonly List<SearchLabel> labels;
    private readonly Dictionary<long, int[]> postings;
    private readonly int[] gramCounts;

    private LabelIndex(List<SearchLabel> labels)
    {
        this.labels = labels;
        gramCounts = new int[labels.Count];
        var lists = new Dictionary<long, List<int>>();
        for (var i = 0; i < labels.Count; i++)
        {
            var grams = SearchText.Trigrams(labels[i].Normalized);
            gramCounts[i] = grams.Count;
            foreach (var gram in grams)
            {
                if (!lists.TryGetValue(gram, out var list))
                {
                    lists.Add(gram, list = []);
                }

                list.Add(i);
            }
        }

        postings = lists.ToDictionary(pair => pair.Key, pair => pair.Value.ToArray());
    }

    public int LabelCount => labels.Count;

    /// <summary>Indexes every title and name in every language, the ESCO alternative labels (<c>esco:altLabels</c>), and the ids.</summary>
    /// <param name="catalogue">The composed catalogue: its competencies are searched.</param>
    /// <param name="kinds">The kinds searched; all when null or empty.</param>
    /// <param name="scope">The roles and people searched; the catalogue's when null.</param>
    public static LabelIndex Build(Catalogue catalogue, IReadOnlyCollection<SearchKind>? kinds = null, DocumentScope? scope = null)
    {
        var labels = new List<SearchLabel>();
        bool Wanted(SearchKind kind) => kinds is null || kinds.Count == 0 || kinds.Contains(kind);
        if (Wanted(SearchKind.Role))
        {
            foreach (var role in scope?.Roles ?? catalogue.Roles)
            {
                AddAll(labels, SearchKind.Role, role.Id, role.Title, role.Extensions);
            }
        }

        if (Wanted(SearchKind.Competency))
        {
            foreach (var competency in catalogue.Frameworks.SelectMany(f => f.Competencies))
            {
                AddAll(labels, SearchKind.Competency, competency.Id, competency.Name, competency.Extensions);
            }
        }

        if (Wanted(SearchKind.Person))
        {
            foreach (var person in scope?.People ?? catalogue.People)
            {
                Add(labels, SearchKind.Person, person.Id, person.Id);
            }
        }

        return new LabelIndex(labels);
    }

    /// <summary>The best <paramref name="top"/> items for the query, one hit per item (its best label), best first, ties by id.</summary>
    public IReadOnlyList<SearchHit> Find(string query, int top)
    {
        var normalized = SearchText.Normalize(query);
        var words = SearchText.Words(normalized);
        if (words.Length == 0)
        {
            return [];
        }

        var grams = SearchText.Trigrams(normalized);
        var shared = new int[labels.Count];
        var touched = new List<int>();
        foreach (var gram in grams)
        {
            if (postings.TryGetValue(gram, out var list))
            {
                foreach (var label in list)
                {
                    if (shared[label]++ == 0)
                    {
                        touched.Add(label);
                    }
                }
            }
        }

        return touched
            .Select(label => (Label: label, Dice: 2.0 * shared[label] / (grams.Count + gramCounts[label])))
            .OrderByDescending(c => c.Dice)
            .Take(Candidates)
            .Select(c => (labels[c.Label], Score: Score(words, normalized, labels[c.Label], c.Dice)))
            .GroupBy(c => (c.Item1.Kind, c.Item1.Id))
            .Select(g => g.MaxBy(c => c.Score))
            .OrderByDescending(c => c.Score)
            .ThenBy(c => c.Item1.Id, StringComparer.Ordinal)
            .Where(c => c.Score >= MinimumScore)
            .Take(top)
            .Select(c => new SearchHit(c.Item1.Kind, c.Item1.Id, c.Item1.Text, Math.Round(c.Score, 3)))
            .ToList();
    }

    /// <summary>
    /// The mean, over the query's words, of the best similarity to a word of the label, less a little for label
    /// words the query does not mention; plus a share of the trigram overlap, and 1 for the exact label.
    /// </summary>
    private static double Score(string[] words, string normalized, SearchLabel label, double dice)
    {
        var matched = 0.0;
        foreach (var word in words)
        {
            matched += label.Words.Max(w => SearchText.WordSimilarity(word, w));
        }

        var coverage = matched / words.Length;
        var extra = Math.Max(0, label.Words.Length - words.Length) / (double)label.Words.Length;
        return (0.75 * coverage) + (0.15 * dice) + (0.1 * (1 - extra)) + (label.Normalized == normalized ? 1 : 0);
    }

    private static void AddAll(List<SearchLabel> labels, SearchKind kind, string id, LocalizedText title, ExtensionData extensions)
    {
        foreach (var entry in title.Entries)
        {
            Add(labels, kind, id, entry.Value);
        }

        foreach (var member in extensions.Members)
        {
            if (member.Key == EscoExtensionNames.AltLabels && member.Value.ValueKind == JsonValueKind.Array)
            {
                foreach (var alternative in member.Value.EnumerateArray().Where(v => v.ValueKind == JsonValueKind.String))
                {
                    Add(labels, kind, id, alternative.GetString()!);
                }
            }
        }

        if (!id.Contains("://", StringComparison.Ordinal))
        {
            Add(labels, kind, id, id);
        }
    }

    private static void Add(List<SearchLabel> labels, SearchKind kind, string id, string text)
    {
        var normalized = SearchText.Normalize(text);
        if (normalized.Length > 0)
        {
            labels.Add(new SearchLabel(kind, id, text, normalized, SearchText.Words(normalized)));
        }
    }
}
