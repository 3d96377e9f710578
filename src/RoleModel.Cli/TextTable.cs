using System.Text;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace RoleModel.Cli;

/// <summary>
/// A table of one-line texts for people, in Spectre's default look. On a terminal Spectre draws it and wraps its cells to
/// the terminal's width. Written to a pipe or a file (no colour, <see cref="Text.PipedWidth"/>: nothing wraps), it is laid
/// out here in one pass, with Spectre's border and Spectre's cell widths, to the same characters: Spectre measures and
/// renders every cell as a widget, which was most of the time of the text report of <c>patterns</c> on a whole catalogue
/// (O*NET: 3,519 tables, about 7 s of CPU; docs/performance.md).
/// </summary>
internal sealed class TextTable
{
    private readonly string[] headers;
    private readonly List<string[]> rows = [];

    /// <summary>A table with these column headers, plain texts.</summary>
    public TextTable(params string[] headers) => this.headers = Array.ConvertAll(headers, TerminalSafeWriter.Neutralise);

    /// <summary>
    /// Adds a row of plain texts, one a column (no markup: brackets are shown as they are); control and bidirectional
    /// characters and line breaks are shown escaped, so that every row is one line.
    /// </summary>
    public TextTable AddRow(params string[] cells)
    {
        if (cells.Length != headers.Length)
        {
            throw new ArgumentException($"A row of {cells.Length} cells for {headers.Length} columns.", nameof(cells));
        }

        rows.Add(Array.ConvertAll(cells, TerminalSafeWriter.Neutralise));
        return this;
    }

    /// <summary>Writes the table, followed by a line break, as Spectre would.</summary>
    public void Write(IAnsiConsole ansi)
    {
        var profile = ansi.Profile;
        if (!Text.WritesPlain(profile))
        {
            ansi.Write(ToSpectre());
            return;
        }

        var (widths, cellWidths) = Widths();
        if (widths.Sum() + (3 * widths.Length) + 1 > profile.Width)
        {
            // So wide that Spectre would wrap it even here: let Spectre do so.
            ansi.Write(ToSpectre());
            return;
        }

        var border = new Table().Border.GetSafeBorder(safe: !profile.Capabilities.Unicode);
        WritePlain(profile.Out.Writer, widths, cellWidths, border);
    }

    /// <summary>The same table as a Spectre widget (its cells as escaped markup).</summary>
    public Table ToSpectre()
    {
        var table = new Table().AddColumns(Array.ConvertAll(headers, Markup.Escape));
        foreach (var row in rows)
        {
            table.AddRow(Array.ConvertAll(row, Markup.Escape));
        }

        return table;
    }

    /// <summary>
    /// A text's width in terminal cells as Spectre counts it; printable ASCII and Latin-1 (most catalogues' titles) one
    /// cell a character without asking Spectre's Unicode tables.
    /// </summary>
    internal static int CellWidth(string text)
    {
        foreach (var c in text)
        {
            if (c is not ((>= ' ' and <= '~') or (>= '\u00A0' and <= '\u00FF' and not '\u00AD')))
            {
                return text.GetCellWidth();
            }
        }

        return text.Length;
    }

    private (int[] Columns, int[][] Cells) Widths()
    {
        var columns = Array.ConvertAll(headers, CellWidth);
        var cells = new int[rows.Count][];
        for (var r = 0; r < rows.Count; r++)
        {
            var row = rows[r];
            var widths = cells[r] = new int[row.Length];
            for (var i = 0; i < row.Length; i++)
            {
                widths[i] = CellWidth(row[i]);
                columns[i] = Math.Max(columns[i], widths[i]);
            }
        }

        return (columns, cells);
    }

    /// <summary>The whole table in one write: the console's writer flushes every write to the file.</summary>
    private void WritePlain(TextWriter writer, int[] widths, int[][] cellWidths, TableBorder border)
    {
        var columns = Array.ConvertAll(widths, _ => new TableColumn(string.Empty));
        var text = new StringBuilder();
        text.Append(border.GetColumnRow(TablePart.Top, widths, columns)).Append(Environment.NewLine);
        Row(headers, Array.ConvertAll(headers, CellWidth), TableBorderPart.HeaderLeft, TableBorderPart.HeaderSeparator, TableBorderPart.HeaderRight);
        if (rows.Count > 0)
        {
            text.Append(border.GetColumnRow(TablePart.HeaderSeparator, widths, columns)).Append(Environment.NewLine);
        }

        for (var r = 0; r < rows.Count; r++)
        {
            Row(rows[r], cellWidths[r], TableBorderPart.CellLeft, TableBorderPart.CellSeparator, TableBorderPart.CellRight);
        }

        text.Append(border.GetColumnRow(TablePart.Bottom, widths, columns)).Append(Environment.NewLine);
        writer.Write(text);

        void Row(string[] cells, int[] rowWidths, TableBorderPart left, TableBorderPart separator, TableBorderPart right)
        {
            text.Append(border.GetPart(left));
            for (var i = 0; i < cells.Length; i++)
            {
                text.Append(' ').Append(cells[i]).Append(' ', widths[i] - rowWidths[i] + 1)
                    .Append(border.GetPart(i == cells.Length - 1 ? right : separator));
            }

            text.Append(Environment.NewLine);
        }
    }
}
