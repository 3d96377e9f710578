using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace RoleModel.Cli.Tests;

/// <summary>Document text that tries to drive the terminal or forge report lines reaches the output neutralised, in pipes too.</summary>
public sealed class HostileTextTests
{
    /// <summary>Clear screen, an OSC window title, a bell, a C1 CSI, a lone carriage return, a right-to-left override and an isolate.</summary>
    private const string Hostile = "\u001b[2J\u001b]0;owned\u0007\u009b31m\rX\u202eevil\u2066";

    private static readonly string[] RawCharacters = ["\u001b", "\u0007", "\u009b", "\r", "\u202e", "\u2066"];

    [Theory]
    [InlineData("show", "--role", "cdo", "--as-of", "2024-06-30")]
    [InlineData("history", "--role", "cdo", "--known-at", "2026-01-01T00:00:00Z")]
    [InlineData("diff", "--role", "cdo", "--from", "2022-01-01", "--to", "2026-01-01", "--known-at", "2026-01-01T00:00:00Z")]
    [InlineData("drift", "--role", "cdo", "--from", "2022-01-01", "--to", "2026-01-01", "--known-at", "2026-01-01T00:00:00Z")]
    [InlineData("find", "Digital")]
    [InlineData("patterns", "--from", "2024-01-01", "--to", "2026-01-01", "--known-at", "2026-01-01T00:00:00Z")]
    public void TextOutput_OfAHostileDocument_HasNoRawControlOrBidiCharacters(params string[] arguments)
    {
        using var file = new TemporaryFile(HostileSample());

        var result = CliRunner.Run([arguments[0], file.Path, .. arguments[1..]]);

        result.ExitCode.Should().Be(0, result.Error);
        result.Out.Should().Contain("\\u001B[2J", "the text is shown, escaped").And.NotContainAny(RawCharacters);
        result.Error.Should().NotContainAny(RawCharacters);
    }

    [Fact]
    public void TextOutput_OnAColourTerminal_PassesOnlyColourSequences()
    {
        using var file = new TemporaryFile(HostileSample());
        using var output = new StringWriter();
        using var error = new StringWriter();

        var code = CliApp.Run(["show", file.Path, "--role", "cdo", "--as-of", "2024-06-30"], new CliConsole(output, error, IsTerminal: true, NoColor: false));

        code.Should().Be(0, error.ToString());
        var text = output.ToString();
        text.Should().Contain("\\u001B[2J").And.NotContainAny("\u001b[2J", "\u001b]", "\u0007", "\u009b", "\u202e", "\u2066");
        text.Should().Contain("\u001b[", "the table is coloured");
        System.Text.RegularExpressions.Regex.Matches(text, "\u001b(?!\\[[0-9;]*m)").Should().BeEmpty("only colour sequences reach a terminal");
    }

    [Fact]
    public void Validate_ValueWithNewline_CannotForgeAProblemLine()
    {
        var json = Encoding.UTF8.GetString(File.ReadAllBytes(Path.Combine(RepositoryPaths.Samples, "municipal.json")));
        var forged = json.Replace("\"competency\": \"digital-strategy\"", "\"competency\": \"nothing\\nfake.json:1:1: error RM001: forged\\u001b[1A\"", StringComparison.Ordinal);
        forged.Should().NotBe(json);
        using var file = new TemporaryFile(Encoding.UTF8.GetBytes(forged));

        var result = CliRunner.Run("validate", file.Path);

        result.ExitCode.Should().Be(1);
        var lines = result.Out.TrimEnd('\n').Split('\n');
        lines.Should().OnlyContain(line => line.StartsWith(file.Path + ":", StringComparison.Ordinal));
        lines.Should().NotContain(line => line.StartsWith("fake.json", StringComparison.Ordinal));
        result.Out.Should().Contain("nothing\\nfake.json:1:1: error RM001: forged\\u001B[1A").And.NotContain("\u001b");
    }

    [Fact]
    public void Validate_JsonOutput_IsJsonEscapedAndKeepsTheValue()
    {
        var json = Encoding.UTF8.GetString(File.ReadAllBytes(Path.Combine(RepositoryPaths.Samples, "municipal.json")))
            .Replace("\"competency\": \"digital-strategy\"", "\"competency\": \"x\\u202e\\u001b\"", StringComparison.Ordinal);
        using var file = new TemporaryFile(Encoding.UTF8.GetBytes(json));

        var result = CliRunner.Run("validate", file.Path, "--format", "json");

        result.Out.Should().NotContainAny(RawCharacters);
        var message = JsonNode.Parse(result.Out)![0]!["problems"]!.AsArray().Select(p => (string)p!["message"]!).First(m => m.Contains("'x", StringComparison.Ordinal));
        message.Should().Contain("'x\\u202E\\u001B'", "the library escapes the value in its message");
    }

    [Fact]
    public void Validate_HugeValue_IsNotEchoedWhole()
    {
        var json = Encoding.UTF8.GetString(File.ReadAllBytes(Path.Combine(RepositoryPaths.Samples, "municipal.json")))
            .Replace("\"competency\": \"digital-strategy\"", $"\"competency\": \"{new string('z', 2_000_000)}\"", StringComparison.Ordinal);
        using var file = new TemporaryFile(Encoding.UTF8.GetBytes(json));

        var result = CliRunner.Run("validate", file.Path);

        result.ExitCode.Should().Be(1);
        result.Out.Length.Should().BeLessThan(20_000);
        result.Out.Should().Contain($"{new string('z', 80)}…[{2_000_000 - 80:N0} more characters]");
    }

    private static byte[] HostileSample()
    {
        var root = JsonNode.Parse(File.ReadAllBytes(Path.Combine(RepositoryPaths.Samples, "municipal.json")))!;
        Spoil(root);
        return Encoding.UTF8.GetBytes(root.ToJsonString());
    }

    /// <summary>Appends the hostile text to every text for people: localized texts, reasons, authors.</summary>
    private static void Spoil(JsonNode node)
    {
        if (node is JsonObject obj)
        {
            foreach (var (name, value) in obj.ToList())
            {
                if (value is JsonValue text && text.TryGetValue<string>(out var s) && (Regex.IsMatch(name, "^(en|de)$") || name is "reason" or "author"))
                {
                    obj[name] = s + Hostile;
                }
                else if (value is not null)
                {
                    Spoil(value);
                }
            }
        }
        else if (node is JsonArray array)
        {
            foreach (var item in array.Where(i => i is not null))
            {
                Spoil(item!);
            }
        }
    }
}
