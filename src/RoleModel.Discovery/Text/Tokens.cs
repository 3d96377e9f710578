namespace RoleModel.Discovery.Text;

/// <summary>Splits text into lower-case words and character n-grams; the same rules for the index and for queries.</summary>
internal static class Tokens
{
    /// <summary>Frequent English and German words that say nothing about the task.</summary>
    private static readonly HashSet<string> StopWords = new(StringComparer.Ordinal)
    {
        "a", "an", "and", "or", "the", "of", "to", "in", "on", "for", "with", "by", "as", "at", "from", "into", "such", "other", "others",
        "is", "are", "be", "that", "this", "their", "its", "or", "etc",
        "der", "die", "das", "und", "oder", "für", "mit", "von", "zu", "zur", "zum", "im", "in", "den", "dem", "des", "ein", "eine",
        "einer", "eines", "einem", "auf", "bei", "nach", "aus", "über", "sowie",
    };

    /// <summary>The words of a text: runs of letters or digits, lower-cased (invariant), stop words and single characters left out.</summary>
    public static List<string> Words(string text) =>
        [.. AllWords(text).Where(w => w.Length > 1 && !StopWords.Contains(w))];

    /// <summary>Every run of letters or digits, lower-cased (invariant).</summary>
    public static IEnumerable<string> AllWords(string text)
    {
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var inWord = i < text.Length && char.IsLetterOrDigit(text[i]);
            if (inWord && start < 0)
            {
                start = i;
            }
            else if (!inWord && start >= 0)
            {
                yield return text[start..i].ToLowerInvariant();
                start = -1;
            }
        }
    }

    /// <summary>The character n-grams (3 to 5) of each word padded with spaces: "ki" gives " ki", "ki ", " ki ".</summary>
    public static List<string> CharacterNGrams(string text)
    {
        var grams = new List<string>();
        foreach (var word in Words(text))
        {
            var padded = " " + word + " ";
            for (var n = 3; n <= 5; n++)
            {
                for (var i = 0; i + n <= padded.Length; i++)
                {
                    grams.Add(padded.Substring(i, n));
                }
            }
        }

        return grams;
    }
}
