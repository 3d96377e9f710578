using System.Globalization;
using System.Text;

namespace RoleModel.Evolution;

/// <summary>
/// The default <see cref="ITaskSimilarity"/>: TF-IDF weighted cosine over the words and character trigrams of
/// a task's text in all its languages. Needs no model and no data beyond the texts compared.
/// </summary>
/// <remarks>
/// <para>Each text's labels in every language are joined into one bag of features: letters are lower-cased and
/// diacritics folded (<c>für</c> → <c>fur</c>, <c>ß</c> → <c>ss</c>); words are split at anything that is not a
/// letter or digit; common German and English stop words are dropped; each remaining word contributes
/// itself and its character trigrams (with word boundaries, so <c>Sachbearbeitung</c> and
/// <c>Sachbearbeiter</c> share most features). Features are weighted by term frequency times a smoothed
/// inverse document frequency over the prepared texts, so that words every task has ("digital") count less
/// than rare ones ("KI", "Pilot").</para>
/// <para>Limits: it sees shared spelling, not meaning. "Digitallotsen" and "digital ambassadors" share
/// little; "KI" and "AI" match only because bilingual texts carry both. A semantic model can replace it.</para>
/// <para>Stateless and thread-safe; <see cref="Default"/> is the shared instance.</para>
/// </remarks>
public sealed class LexicalTaskSimilarity : ITaskSimilarity
{
    private static readonly HashSet<string> StopWords = new(
        [
            "a", "an", "and", "as", "at", "by", "for", "from", "in", "into", "of", "on", "or", "the", "to", "with",
            "am", "auf", "aus", "bei", "das", "dem", "den", "der", "des", "die", "ein", "eine", "einer", "eines",
            "fur", "im", "mit", "nach", "oder", "uber", "und", "vom", "von", "zu", "zum", "zur",
        ],
        StringComparer.Ordinal);

    private LexicalTaskSimilarity()
    {
    }

    /// <summary>The shared instance.</summary>
    public static LexicalTaskSimilarity Default { get; } = new();

    /// <inheritdoc />
    public Func<int, int, double> Prepare(IReadOnlyList<LocalizedText> texts)
    {
        var index = Index(texts);
        return index.Score;
    }

    /// <inheritdoc />
    /// <remarks>The pairs above a threshold are found through an inverted index over each text's rarest features (prefix
    /// filtering): a pair that shares none of them cannot reach the threshold, so no pair is missed and most are never scored.</remarks>
    public TaskTextIndex Index(IReadOnlyList<LocalizedText> texts)
    {
        Preconditions.CheckNotNull(texts);
        var ids = new Dictionary<string, int>(StringComparer.Ordinal);
        var documentFrequency = new List<int>();
        var features = new int[texts.Count][];
        var counts = new int[texts.Count][];
        for (var i = 0; i < texts.Count; i++)
        {
            var found = Features(Preconditions.CheckNotNull(texts[i], nameof(texts)));
            (features[i], counts[i]) = (new int[found.Count], new int[found.Count]);
            var k = 0;
            foreach (var (feature, count) in found)
            {
                if (!ids.TryGetValue(feature, out var id))
                {
                    ids[feature] = id = ids.Count;
                    documentFrequency.Add(0);
                }

                documentFrequency[id]++;
                (features[i][k], counts[i][k]) = (id, count);
                k++;
            }
        }

        return new LexicalTextIndex(features, counts, [.. documentFrequency]);
    }

    /// <summary>The folded words of a text without stop words, in order (exposed for tests and docs).</summary>
    internal static IEnumerable<string> Words(string text)
    {
        var folded = Fold(text);
        var word = new StringBuilder();
        foreach (var c in folded.Append(' '))
        {
            if (char.IsLetterOrDigit(c))
            {
                word.Append(c);
                continue;
            }

            if (word.Length > 0 && !StopWords.Contains(word.ToString()))
            {
                yield return word.ToString();
            }

            word.Clear();
        }
    }

    private static Dictionary<string, int> Features(LocalizedText text)
    {
        var result = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var entry in text.Entries)
        {
            foreach (var word in Words(entry.Value))
            {
                Count(result, "w:" + word);
                var bounded = $"<{word}>";
                for (var i = 0; i + 3 <= bounded.Length; i++)
                {
                    Count(result, bounded.Substring(i, 3));
                }
            }
        }

        return result;
    }

    private static void Count(Dictionary<string, int> counts, string feature) => counts[feature] = counts.GetValueOrDefault(feature) + 1;

    private static string Fold(string text)
    {
        var decomposed = text.Replace("ß", "ss", StringComparison.Ordinal).Normalize(NormalizationForm.FormD);
        var result = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                result.Append(char.ToLowerInvariant(c));
            }
        }

        return result.ToString();
    }
}
