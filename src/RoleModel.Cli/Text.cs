using System.Globalization;
using Spectre.Console;

namespace RoleModel.Cli;

/// <summary>Text output for people: a Spectre console over the command's writer, coloured only where allowed.</summary>
internal static class Text
{
    public static readonly CultureInfo Culture = CultureInfo.InvariantCulture;

    public static IAnsiConsole Console(CliConsole console)
    {
        var ansi = AnsiConsole.Create(new AnsiConsoleSettings
        {
            // Texts reach Spectre escaped (Escape); only its own colour sequences may pass below it.
            Out = new AnsiConsoleOutput(console.UseColor && console.RawOut is { } raw ? new TerminalSafeWriter(raw, allowStyle: true) : console.Out),
            Ansi = console.UseColor ? AnsiSupport.Yes : AnsiSupport.No,
            ColorSystem = console.UseColor ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
        });
        ansi.Profile.Width = console.IsTerminal ? ansi.Profile.Width : PipedWidth;
        return ansi;
    }

    /// <summary>
    /// The width of text written to a pipe or file: wide enough that nothing is wrapped, so that a table row or a sentence
    /// is one line and no identifier (an ESCO URI) is ever split over two lines for the tool reading it.
    /// </summary>
    public const int PipedWidth = 100_000;

    /// <summary>Whether the console writes to a pipe or a file: no colour and <see cref="PipedWidth"/>, so nothing wraps.</summary>
    public static bool WritesPlain(Profile profile) => profile.Width >= PipedWidth && !profile.Capabilities.Ansi;

    /// <summary>
    /// Writes a line of plain text (not markup; document texts in it neutralised by the caller), as
    /// <see cref="AnsiConsoleExtensions.WriteLine(IAnsiConsole, string)"/> does: to a pipe or a file straight to the writer under
    /// Spectre (in one write), on a terminal through Spectre, which wraps it to the terminal's width.
    /// </summary>
    public static void PlainLine(this IAnsiConsole ansi, string line = "")
    {
        if (WritesPlain(ansi.Profile))
        {
            ansi.Profile.Out.Writer.Write(line + Environment.NewLine);
        }
        else
        {
            ansi.WriteLine(line);
        }
    }

    /// <summary>
    /// Marks the columns that hold identifiers as never wrapped, so that on a narrow terminal the other columns wrap
    /// instead and an identifier stays whole, ready to be copied.
    /// </summary>
    public static Table KeepWhole(this Table table, params int[] columns)
    {
        foreach (var column in columns)
        {
            table.Columns[column].NoWrap = true;
        }

        return table;
    }

    /// <summary>An enumeration value as its camelCase name, the form the JSON format uses (<c>selfInitiated</c>).</summary>
    public static string Name<T>(T value)
        where T : struct, Enum => System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(value.ToString());

    /// <summary>An enumeration value in words for people, such as <c>self-initiated</c> for <c>SelfInitiated</c>.</summary>
    public static string Words<T>(T value)
        where T : struct, Enum => System.Text.Json.JsonNamingPolicy.KebabCaseLower.ConvertName(value.ToString());

    /// <summary>How much of its work a role's holder may choose: "fixed, no self-directed share" rather than "0–0 %".</summary>
    public static string Openness(RoleOpenness openness) => openness.Kind == OpennessKind.Fixed && openness.SelfDirectedShare.Maximum == 0
        ? "fixed, no self-directed share"
        : $"{Name(openness.Kind)}, self-directed share {openness.SelfDirectedShare}";

    /// <summary>A count with its noun, such as <c>1 warning</c> or <c>3 warnings</c>.</summary>
    public static string Count(int count, string noun, string? plural = null) =>
        $"{count.ToString("N0", Culture)} {(count == 1 ? noun : plural ?? noun + "s")}";

    /// <summary>Up to <paramref name="limit"/> items joined, with how many more there are: "a, b, c and 12 more".</summary>
    public static string Some(IReadOnlyCollection<string> items, int limit) =>
        string.Join(", ", items.Take(limit)) + (items.Count > limit ? $" and {items.Count - limit:N0} more" : string.Empty);

    public static string Percent(decimal share) => share.ToString("0.##", Culture) + " %";

    /// <summary>A text for Spectre markup: brackets escaped, control and bidirectional characters neutralised.</summary>
    public static string Escape(string text) => Markup.Escape(TerminalSafeWriter.Neutralise(text));
}
