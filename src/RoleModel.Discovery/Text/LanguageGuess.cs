namespace RoleModel.Discovery.Text;

/// <summary>
/// A cheap guess whether a text is German: umlauts or ß, or at least two frequent German function words. Used
/// only to lower the weight of an English-only embedding model for such a text.
/// </summary>
internal static class LanguageGuess
{
    private static readonly System.Buffers.SearchValues<char> Umlauts = System.Buffers.SearchValues.Create("äöüÄÖÜß");

    private static readonly HashSet<string> GermanWords = new(StringComparer.Ordinal)
    {
        "der", "die", "das", "und", "für", "mit", "von", "zur", "zum", "den", "dem", "des", "ein", "eine", "einer", "auf", "bei", "nach",
        "aus", "über", "sowie", "im", "ist", "sind", "wird", "werden", "nicht", "auch", "durch", "alle",
    };

    public static bool IsGerman(string text)
    {
        if (text.AsSpan().IndexOfAny(Umlauts) >= 0)
        {
            return true;
        }

        return Tokens.AllWords(text).Count(GermanWords.Contains) >= 2;
    }
}
