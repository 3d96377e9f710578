using Spectre.Console;

namespace RoleModel.Cli.Tests;

/// <summary>The one-pass layout of a table for a pipe gives the very characters Spectre gives, and a terminal still gets Spectre's table.</summary>
public sealed class TextTableTests
{
    /// <summary>Texts whose width in cells is not their length, or whose spaces or brackets a layout could get wrong.</summary>
    private static readonly string[] Awkward =
    [
        string.Empty, " leading", "trailing ", "two  spaces", "tab\tand\nbreak", "漢字テスト", "e\u0301cole", "👍🏽 ok", "👨‍👩‍👧 family",
        "[AI] pilot [/]", "Ä Ö Ü straße", "30\u00a0%", "\u001b[2J\u202eevil", "x",
    ];

    public static TheoryData<string[]> Headers => new()
    {
        new[] { "#", "Pattern", "Roles" },
        new[] { "Stelle", "Aufgabe", "Titel [de]", "Herkunft" },
        new[] { "A" },
    };

    [Theory]
    [MemberData(nameof(Headers))]
    public void Write_ToAPipe_GivesWhatSpectreGives(string[] headers)
    {
        var table = new TextTable(headers);
        for (var i = 0; i < Awkward.Length; i++)
        {
            table.AddRow([.. Enumerable.Range(0, headers.Length).Select(c => Awkward[(i + (c * 5)) % Awkward.Length])]);
        }

        var (plain, spectre) = BothWays(table);

        plain.Should().Be(spectre);
        plain.Should().Contain("[AI] pilot [/]", "brackets are text, not markup").And.Contain("\\u001B[2J\\u202Eevil").And.NotContain("\u001b");
    }

    [Theory]
    [MemberData(nameof(Headers))]
    public void Write_ToAPipe_EachAwkwardTextAsTheWidestCell_GivesWhatSpectreGives(string[] headers)
    {
        foreach (var text in Awkward)
        {
            var table = new TextTable(headers);
            table.AddRow([.. headers.Select(_ => text)]);
            table.AddRow([.. headers.Select(_ => "y")]);

            var (plain, spectre) = BothWays(table);

            plain.Should().Be(spectre, $"the widest cell is '{text}'");
        }
    }

    [Fact]
    public void Write_ToAPipe_WithoutRows_GivesWhatSpectreGives()
    {
        var (plain, spectre) = BothWays(new TextTable("Role", "Task"));

        plain.Should().Be(spectre).And.Be("┌──────┬──────┐" + Environment.NewLine + "│ Role │ Task │" + Environment.NewLine + "└──────┴──────┘" + Environment.NewLine);
    }

    [Fact]
    public void Write_OnANarrowTerminal_LetsSpectreWrapTheCells()
    {
        var table = new TextTable("Role", "Title").AddRow("cdo", string.Join(' ', Enumerable.Repeat("word", 40)));
        var (narrow, writer) = Console(width: 40);

        table.Write(narrow);

        var lines = writer.ToString().Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries);
        lines.Should().HaveCountGreaterThan(6, "the title wraps over several lines").And.OnlyContain(line => line.Length <= 40);
    }

    [Fact]
    public void AddRow_WithTheWrongNumberOfCells_IsRefused()
    {
        var table = new TextTable("Role", "Task");

        table.Invoking(t => t.AddRow("only one")).Should().Throw<ArgumentException>().WithMessage("A row of 1 cells for 2 columns.*");
    }

    [Fact]
    public void CellWidth_OfEveryCharacterUpToU2FFAndOfAwkwardTexts_IsSpectres()
    {
        var texts = Enumerable.Range(0x20, 0x300 - 0x20).Select(c => new string((char)c, 3)).Where(t => TerminalSafeWriter.Neutralise(t) == t).Concat(Awkward.Select(TerminalSafeWriter.Neutralise));

        texts.Should().OnlyContain(t => TextTable.CellWidth(t) == t.GetCellWidth());
    }

    [Theory]
    [InlineData("")]
    [InlineData("1. Pilot [AI]: assistance for case workers (cdo/ai-pilot)")]
    [InlineData("   Roles over time: 2024-01-01: 1, 2025-01-01: 4")]
    [InlineData("  Stellen im Zeitverlauf: 01.01.2024: 1   ")]
    [InlineData("漢字テスト 👍🏽")]
    public void PlainLine_ToAPipe_GivesWhatSpectresWriteLineGives(string line)
    {
        var (plain, plainText) = Console(Text.PipedWidth);
        var (spectre, spectreText) = Console(Text.PipedWidth);

        plain.PlainLine(line);
        spectre.WriteLine(line);

        plainText.ToString().Should().Be(spectreText.ToString());
    }

    private static (string Plain, string Spectre) BothWays(TextTable table)
    {
        var (plain, plainText) = Console(Text.PipedWidth);
        var (spectre, spectreText) = Console(Text.PipedWidth);

        table.Write(plain);
        spectre.Write(table.ToSpectre());

        return (plainText.ToString(), spectreText.ToString());
    }

    private static (IAnsiConsole Console, StringWriter Writer) Console(int width)
    {
        var writer = new StringWriter();
        var console = Text.Console(new CliConsole(writer, new StringWriter(), IsTerminal: false, NoColor: true));
        console.Profile.Width = width;
        return (console, writer);
    }
}
