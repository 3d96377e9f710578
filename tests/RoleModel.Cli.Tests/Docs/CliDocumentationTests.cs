namespace RoleModel.Cli.Tests.Docs;

/// <summary>
/// docs/cli.md cannot drift from the tool: every <c>$ rolemodel ...</c> line of its <c>```console</c> blocks is
/// run in-process, in order, and what it prints must be the lines below it. To regenerate the outputs after a
/// deliberate change, run this test with <c>ROLEMODEL_UPDATE_DOCS=1</c>; it rewrites docs/cli.md and passes.
/// Read the diff before committing it.
/// </summary>
public sealed class CliDocumentationTests
{
    private static readonly string CliMarkdown = Path.Combine(RepositoryPaths.Root, "docs", "cli.md");

    [Fact]
    public void CliMarkdown_EveryConsoleExample_PrintsWhatTheDocumentShows()
    {
        var lines = File.ReadAllLines(CliMarkdown).ToList();
        var examples = ConsoleExample.Parse(lines);
        examples.Should().NotBeEmpty();
        var update = Environment.GetEnvironmentVariable("ROLEMODEL_UPDATE_DOCS") == "1";
        var mismatches = new List<string>();
        using var sandbox = new DocsSandbox();

        // Later examples may read what earlier ones wrote, so they run in order; replacing from the end keeps line indexes valid.
        var outputs = examples.Select(e => (Example: e, Actual: Lines(sandbox.Run(e.Command)))).ToList();
        foreach (var (example, actual) in Enumerable.Reverse(outputs))
        {
            var documented = lines.GetRange(example.OutputStart, example.OutputLength).Select(l => l.TrimEnd()).ToList();
            if (documented.SequenceEqual(actual))
            {
                continue;
            }

            mismatches.Add($"docs/cli.md:{example.Line}: $ {example.Command}\n--- documented\n{string.Join('\n', documented)}\n--- printed\n{string.Join('\n', actual)}");
            lines.RemoveRange(example.OutputStart, example.OutputLength);
            lines.InsertRange(example.OutputStart, actual);
        }

        if (update)
        {
            File.WriteAllLines(CliMarkdown, lines);
            return;
        }

        mismatches.Should().BeEmpty("docs/cli.md must show what the tool prints; run with ROLEMODEL_UPDATE_DOCS=1 to regenerate it");
    }

    [Fact]
    public void Parse_BlockWithTwoCommands_SplitsTheOutputAtEachDollarLine()
    {
        var lines = new[] { "text", "```console", "$ cp a.json b.json", "$ rolemodel show", "out 1", "(exit code 0)", "```", "```console", "no command", "```" };

        var examples = ConsoleExample.Parse(lines);

        examples.Should().Equal(new ConsoleExample("cp a.json b.json", 3, 3, 0), new ConsoleExample("rolemodel show", 4, 4, 2));
    }

    [Fact]
    public void SplitWords_QuotedWords_KeepTheirSpaces() =>
        ConsoleExample.SplitWords("rolemodel find \"chief information\" --lang 'en'").Should().Equal("rolemodel", "find", "chief information", "--lang", "en");

    [Fact]
    public void Sandbox_PrintedOutput_DiffersFromAWrongDocumentedOutput()
    {
        using var sandbox = new DocsSandbox();

        var printed = Lines(sandbox.Run("rolemodel show --role no-such-role"));

        printed.Last().Should().Be("(exit code 1)");
        printed.Should().NotContain("(exit code 0)");
    }

    private static List<string> Lines(string text) => text.Length == 0
        ? []
        : [.. text.Replace("\r\n", "\n", StringComparison.Ordinal).TrimEnd('\n').Split('\n').Select(l => l.TrimEnd())];
}
