using System.Globalization;
using System.Text;

namespace RoleModel.Cli.Search;

/// <summary>Text as the search compares it: lower case, without diacritics, words of letters and digits.</summary>
internal static class SearchText
{
    /// <summary>"Données Öffentlich-rechtlich" → "donnees offentlich rechtlich".</summary>
    public static string Normalize(string text)
    {
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var result = new StringBuilder(decomposed.Length);
        var space = true;
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            if (char.IsLetterOrDigit(c))
            {
                result.Append(c == 'ß' ? "ss" : char.ToLowerInvariant(c).ToString());
                space = false;
            }
            else if (!space)
            {
                result.Append(' ');
                space = true;
            }
        }

        return result.ToString().TrimEnd();
    }

    public static string[] Words(string normalized) => normalized.Split(' ', StringSplitOptions.RemoveEmptyEntries);

    /// <summary>The distinct trigrams of each word padded with a space on both sides (" ab", "abc", "bc "), as numbers.</summary>
    public static HashSet<long> Trigrams(string normalized)
    {
        var grams = new HashSet<long>();
        foreach (var word in Words(normalized))
        {
            var padded = " " + word + " ";
            for (var i = 0; i + 3 <= padded.Length; i++)
            {
                grams.Add(((long)padded[i] << 32) | ((long)padded[i + 1] << 16) | padded[i + 2]);
            }
        }

        return grams;
    }

    /// <summary>
    /// How alike two words are, 0 to 1: 1 − (edits / longer length) with the optimal-string-alignment distance
    /// (insert, delete, substitute, swap neighbours), so "informaton" is 0.91 like "information".
    /// A query word that begins a longer word counts as nearly equal ("admin" for "administrator").
    /// </summary>
    public static double WordSimilarity(string query, string word)
    {
        if (query.Length == 0 || word.Length == 0)
        {
            return 0;
        }

        if (word.StartsWith(query, StringComparison.Ordinal))
        {
            return query.Length == word.Length ? 1.0 : Math.Max(0.9, (double)query.Length / word.Length);
        }

        return 1.0 - ((double)EditDistance.OptimalStringAlignment(query, word) / Math.Max(query.Length, word.Length));
    }
}
