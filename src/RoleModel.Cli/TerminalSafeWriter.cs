using System.Text;
using RoleModel.Validation;

namespace RoleModel.Cli;

/// <summary>
/// The layer under every text the tool prints: control characters (ESC, BEL, the rest of C0 and C1, DEL), a
/// carriage return that does not end a line, line and paragraph separators and bidirectional formatting
/// characters (U+202A–U+202E, U+2066–U+2069, marks) are written as visible escapes such as <c>\u001B</c>, so
/// that no document text can move the cursor, retitle the window, ring the bell or reorder a line, also in a
/// pipe. Line feeds and tabs pass. With <c>allowStyle</c>, colour sequences (<c>ESC [ digits ; m</c>) pass
/// too: the writer under Spectre's coloured tables, whose texts are escaped before they reach it.
/// </summary>
internal sealed class TerminalSafeWriter(TextWriter inner, bool allowStyle = false) : TextWriter(inner.FormatProvider)
{
    private bool pendingReturn;

    public override Encoding Encoding => inner.Encoding;

    /// <summary>The console with its writers behind this layer; the raw ones stay reachable for Spectre's own control sequences.</summary>
    public static CliConsole Protect(CliConsole console) => console with
    {
        Out = new TerminalSafeWriter(console.Out),
        Error = new TerminalSafeWriter(console.Error),
        RawOut = console.Out,
        RawError = console.Error,
    };

    /// <summary>The text with every character this layer escapes escaped, a carriage return and a line feed included: for one-line texts.</summary>
    public static string Neutralise(string text) => MessageText.Escape(text);

    public override void Write(char value) => Write([value]);

    public override void Write(string? value) => Write(value.AsSpan());

    public override void Write(char[] buffer, int index, int count) => Write(buffer.AsSpan(index, count));

    public override void Write(ReadOnlySpan<char> buffer)
    {
        var start = 0;
        for (var i = 0; i < buffer.Length; i++)
        {
            var c = buffer[i];
            if (pendingReturn)
            {
                pendingReturn = false;
                inner.Write(c == '\n' ? "\r" : "\\r");
            }

            if (c is '\n' or '\t' || !MessageText.NeedsEscape(c))
            {
                continue;
            }

            inner.Write(buffer[start..i]);
            start = i + 1;
            if (c == '\r')
            {
                // A line ending \r\n passes; a lone \r, which would overwrite the line, does not.
                pendingReturn = true;
            }
            else if (allowStyle && c == '\u001B' && StyleLength(buffer[i..]) is > 0 and var length)
            {
                inner.Write(buffer.Slice(i, length));
                i += length - 1;
                start = i + 1;
            }
            else
            {
                inner.Write(MessageText.EscapeOf(c));
            }
        }

        inner.Write(buffer[start..]);
    }

    public override void WriteLine(string? value)
    {
        Write(value);
        Write(CoreNewLine);
    }

    public override void Flush()
    {
        if (pendingReturn)
        {
            pendingReturn = false;
            inner.Write("\\r");
        }

        inner.Flush();
    }

    /// <summary>The length of a select-graphic-rendition sequence (colour) at the start, or 0.</summary>
    private static int StyleLength(ReadOnlySpan<char> text)
    {
        if (text.Length < 3 || text[1] != '[')
        {
            return 0;
        }

        for (var i = 2; i < text.Length; i++)
        {
            if (text[i] == 'm')
            {
                return i + 1;
            }

            if (text[i] is not (>= '0' and <= '9' or ';'))
            {
                return 0;
            }
        }

        return 0;
    }
}
