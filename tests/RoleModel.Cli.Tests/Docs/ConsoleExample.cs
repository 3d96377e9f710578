namespace RoleModel.Cli.Tests.Docs;

/// <summary>
/// One command of a <c>```console</c> block of a Markdown file: the <c>$ </c> line, and the lines after it up to
/// the next <c>$ </c> line or the end of the block (the output it documents, ending with <c>(exit code N)</c>).
/// </summary>
/// <param name="Command">The command line after <c>$ </c>.</param>
/// <param name="Line">The 1-based line number of the <c>$ </c> line.</param>
/// <param name="OutputStart">The 0-based index of the first output line in the file's lines.</param>
/// <param name="OutputLength">How many output lines follow.</param>
public sealed record ConsoleExample(string Command, int Line, int OutputStart, int OutputLength)
{
    /// <summary>Every command of every <c>```console</c> block whose first line starts with <c>$ </c>.</summary>
    public static IReadOnlyList<ConsoleExample> Parse(IReadOnlyList<string> lines)
    {
        var examples = new List<ConsoleExample>();
        for (var i = 0; i < lines.Count; i++)
        {
            if (lines[i].Trim() != "```console")
            {
                continue;
            }

            var end = i + 1;
            while (end < lines.Count && lines[end].Trim() != "```")
            {
                end++;
            }

            for (var j = i + 1; j < end; j++)
            {
                if (!lines[j].StartsWith("$ ", StringComparison.Ordinal))
                {
                    continue;
                }

                var next = j + 1;
                while (next < end && !lines[next].StartsWith("$ ", StringComparison.Ordinal))
                {
                    next++;
                }

                examples.Add(new ConsoleExample(lines[j][2..], j + 1, j + 1, next - j - 1));
            }

            i = end;
        }

        return examples;
    }

    /// <summary>Splits a command line the way a POSIX shell does for plain words, 'single' and "double" quotes.</summary>
    public static IReadOnlyList<string> SplitWords(string commandLine)
    {
        var words = new List<string>();
        var current = new System.Text.StringBuilder();
        var inWord = false;
        char? quote = null;
        foreach (var c in commandLine)
        {
            if (quote is { } open)
            {
                if (c == open)
                {
                    quote = null;
                }
                else
                {
                    current.Append(c);
                }
            }
            else if (c is '\'' or '"')
            {
                (quote, inWord) = (c, true);
            }
            else if (char.IsWhiteSpace(c))
            {
                if (inWord)
                {
                    words.Add(current.ToString());
                    current.Clear();
                    inWord = false;
                }
            }
            else
            {
                current.Append(c);
                inWord = true;
            }
        }

        if (quote is not null)
        {
            throw new FormatException($"Unclosed quote in: {commandLine}");
        }

        if (inWord)
        {
            words.Add(current.ToString());
        }

        return words;
    }
}
