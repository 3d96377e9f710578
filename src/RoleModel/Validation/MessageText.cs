using System.Globalization;
using System.Text;

namespace RoleModel.Validation;

/// <summary>
/// Keeps problem messages short and on one line whatever a document holds: a quoted value longer than
/// <see cref="MaximumQuoted"/> characters is cut with a marker that counts what was left out, a message that is
/// still longer than <see cref="MaximumMessage"/> is cut the same way, and control, line-break and bidirectional
/// formatting characters are written as <c>\n</c>, <c>\u001B</c>, <c>\u202E</c> escapes.
/// </summary>
internal static class MessageText
{
    /// <summary>The longest quoted value (between two apostrophes) kept whole.</summary>
    internal const int MaximumQuoted = 120;

    /// <summary>The longest message kept whole, after quoted values were cut.</summary>
    internal const int MaximumMessage = 2000;

    private const int KeptQuoted = 80;
    private const int KeptMessage = 1000;

    /// <summary>Every character <see cref="NeedsEscape"/> is true for.</summary>
    internal static readonly System.Buffers.SearchValues<char> Escaped = System.Buffers.SearchValues.Create(
        [.. Enumerable.Range(0, 0x10000).Select(i => (char)i).Where(NeedsEscape)]);

    internal static string Bound(string message)
    {
        var text = CutQuotedValues(message);
        if (text.Length > MaximumMessage)
        {
            text = Cut(text, KeptMessage);
        }

        return Escape(text);
    }

    /// <summary>Whether a character is written as an escape: C0 and C1 controls, DEL, line and paragraph separators, bidirectional marks, embeddings, overrides and isolates.</summary>
    internal static bool NeedsEscape(char c) =>
        c < 0x20 || c is >= '\u007F' and <= '\u009F'
        || c is '\u061C' or '\u200E' or '\u200F' or '\u2028' or '\u2029' or (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069');

    /// <summary>The escape of a character: <c>\n</c>, <c>\r</c>, <c>\t</c>, else <c>\uXXXX</c>.</summary>
    internal static string EscapeOf(char c) => c switch
    {
        '\n' => "\\n",
        '\r' => "\\r",
        '\t' => "\\t",
        _ => string.Create(CultureInfo.InvariantCulture, $"\\u{(int)c:X4}"),
    };

    private static string CutQuotedValues(string message)
    {
        if (message.Length <= MaximumQuoted)
        {
            return message;
        }

        var result = new StringBuilder(Math.Min(message.Length, MaximumMessage * 2));
        var at = 0;
        while (at < message.Length)
        {
            var open = message.IndexOf('\'', at);
            var close = open < 0 ? -1 : message.IndexOf('\'', open + 1);
            if (close < 0)
            {
                result.Append(message, at, message.Length - at);
                break;
            }

            result.Append(message, at, open + 1 - at);
            var value = message.AsSpan(open + 1, close - open - 1);
            result.Append(value.Length > MaximumQuoted ? Cut(value.ToString(), KeptQuoted) : value);
            result.Append('\'');
            at = close + 1;
        }

        return result.ToString();
    }

    /// <summary>The first <paramref name="keep"/> characters (not splitting a surrogate pair) and a marker with the count of the others.</summary>
    private static string Cut(string text, int keep)
    {
        if (char.IsHighSurrogate(text[keep - 1]))
        {
            keep--;
        }

        return string.Create(CultureInfo.InvariantCulture, $"{text.AsSpan(0, keep)}…[{text.Length - keep:N0} more characters]");
    }

    /// <summary>The text with every character <see cref="NeedsEscape"/> is true for escaped.</summary>
    internal static string Escape(string text)
    {
        if (!text.AsSpan().ContainsAny(Escaped))
        {
            return text;
        }

        var result = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            if (NeedsEscape(c))
            {
                result.Append(EscapeOf(c));
            }
            else
            {
                result.Append(c);
            }
        }

        return result.ToString();
    }
}
