using System.Text;

namespace RoleModel.Cli.Reports;

/// <summary>A piece of a job description, independent of how it is written out (HTML or Markdown).</summary>
internal abstract record DescriptionBlock;

internal sealed record HeadingBlock(int Level, string Text) : DescriptionBlock;

internal sealed record ParagraphBlock(string Text, string? Id = null) : DescriptionBlock;

internal sealed record ListBlock(IReadOnlyList<string> Items) : DescriptionBlock;

/// <summary>A table; <paramref name="Numeric"/> marks right-aligned columns; <paramref name="Footer"/> is an optional totals row.</summary>
internal sealed record TableBlock(string Id, IReadOnlyList<string> Headers, IReadOnlyList<IReadOnlyList<string>> Rows, IReadOnlySet<int> Numeric, IReadOnlyList<string>? Footer = null) : DescriptionBlock;

/// <summary>Writes description blocks as an HTML page body or as Markdown, escaping every text for its format.</summary>
internal static class DescriptionWriter
{
    public static void WriteHtml(HtmlWriter html, IEnumerable<DescriptionBlock> blocks)
    {
        foreach (var block in blocks)
        {
            switch (block)
            {
                case HeadingBlock heading:
                    html.Write($"<h{heading.Level}>{heading.Text}</h{heading.Level}>\n");
                    break;
                case ParagraphBlock paragraph:
                    html.Write($"""<p{(paragraph.Id is { } id ? new HtmlFragment($" id=\"{HtmlWriter.Escape(id)}\"") : default)}>{paragraph.Text}</p>""");
                    html.Raw("\n");
                    break;
                case ListBlock list:
                    html.Raw("<ul>");
                    foreach (var item in list.Items)
                    {
                        html.Write($"<li>{item}</li>");
                    }

                    html.Raw("</ul>\n");
                    break;
                case TableBlock table:
                    WriteTable(html, table);
                    break;
            }
        }
    }

    public static string ToMarkdown(IEnumerable<DescriptionBlock> blocks)
    {
        var text = new StringBuilder();
        foreach (var block in blocks)
        {
            switch (block)
            {
                case HeadingBlock heading:
                    text.Append('#', heading.Level).Append(' ').Append(Markdown(heading.Text)).Append("\n\n");
                    break;
                case ParagraphBlock paragraph:
                    text.Append(Markdown(paragraph.Text)).Append("\n\n");
                    break;
                case ListBlock list:
                    foreach (var item in list.Items)
                    {
                        text.Append("- ").Append(Markdown(item)).Append('\n');
                    }

                    text.Append('\n');
                    break;
                case TableBlock table:
                    Row(text, table.Headers);
                    text.Append('|').AppendJoin('|', table.Headers.Select((_, i) => table.Numeric.Contains(i) ? " ---: " : " --- ")).Append("|\n");
                    foreach (var row in table.Rows)
                    {
                        Row(text, row);
                    }

                    if (table.Footer is { } footer)
                    {
                        Row(text, footer.Select(c => c.Length == 0 ? c : $"**{c}**").ToList(), escape: false);
                    }

                    text.Append('\n');
                    break;
            }
        }

        return text.ToString().TrimEnd() + "\n";
    }

    /// <summary>
    /// Text for Markdown: characters with a meaning inside a line are backslash-escaped, a leading character that would
    /// start a heading, list or quote likewise, and line breaks become spaces, so a document's text stays text.
    /// </summary>
    public static string Markdown(string text)
    {
        var result = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            if (c is '\\' or '`' or '*' or '_' or '[' or ']' or '<' or '>' or '|' or '~')
            {
                result.Append('\\').Append(c);
            }
            else
            {
                result.Append(c is '\r' or '\n' || char.IsControl(c) ? ' ' : c);
            }
        }

        if (result.Length > 0 && result[0] is '#' or '-' or '+' or '=')
        {
            result.Insert(0, '\\');
        }

        var digits = 0;
        while (digits < result.Length && char.IsAsciiDigit(result[digits]))
        {
            digits++;
        }

        if (digits > 0 && digits < result.Length && result[digits] is '.' or ')')
        {
            result.Insert(digits, '\\');
        }

        return result.ToString();
    }

    private static void Row(StringBuilder text, IReadOnlyList<string> cells, bool escape = true) =>
        text.Append("| ").AppendJoin(" | ", cells.Select(c => escape ? Markdown(c) : c)).Append(" |\n");

    private static void WriteTable(HtmlWriter html, TableBlock table)
    {
        string Class(int i) => table.Numeric.Contains(i) ? " class=\"num\"" : string.Empty;
        html.Write($"""<table id="{table.Id}"><thead><tr>""");
        for (var i = 0; i < table.Headers.Count; i++)
        {
            html.Write($"<th{new HtmlFragment(Class(i))}>{table.Headers[i]}</th>");
        }

        html.Raw("</tr></thead><tbody>");
        foreach (var row in table.Rows)
        {
            html.Raw("<tr>");
            for (var i = 0; i < row.Count; i++)
            {
                html.Write($"<td{new HtmlFragment(Class(i))}>{row[i]}</td>");
            }

            html.Raw("</tr>");
        }

        html.Raw("</tbody>");
        if (table.Footer is { } footer)
        {
            html.Raw("<tfoot><tr>");
            for (var i = 0; i < footer.Count; i++)
            {
                html.Write($"<th{new HtmlFragment(Class(i))}>{footer[i]}</th>");
            }

            html.Raw("</tr></tfoot>");
        }

        html.Raw("</table>\n");
    }
}
