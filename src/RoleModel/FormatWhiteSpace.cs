namespace RoleModel;

/// <summary>
/// The one definition of white space for identifiers and other non-blank strings: the union of what .NET
/// (<see cref="char.IsWhiteSpace(char)"/>) and ECMA-262 (<c>\s</c> in JSON Schema patterns) call white space,
/// so that the schema's explicit character class and the reader refuse the same identifiers. The schema's
/// <c>$defs/identifier</c> pattern spells out the same set; a test compares the two over every UTF-16 unit.
/// </summary>
internal static class FormatWhiteSpace
{
    /// <summary>Whether a UTF-16 unit is white space: U+0009–U+000D, U+0020, U+0085, U+00A0, U+1680, U+2000–U+200A, U+2028, U+2029, U+202F, U+205F, U+3000, U+FEFF.</summary>
    internal static bool Contains(char c) => c switch
    {
        >= '\u0009' and <= '\u000D' or ' ' or '\u0085' or '\u00A0' or '\u1680' => true,
        >= '\u2000' and <= '\u200A' or '\u2028' or '\u2029' or '\u202F' or '\u205F' or '\u3000' or '\uFEFF' => true,
        _ => false,
    };

    /// <summary>Whether a string is empty or white space only.</summary>
    internal static bool IsBlank(string value)
    {
        foreach (var c in value)
        {
            if (!Contains(c))
            {
                return false;
            }
        }

        return true;
    }
}
