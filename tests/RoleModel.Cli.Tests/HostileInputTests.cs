using System.Text;
using System.Text.Json.Nodes;
using RoleModel.Cli.Commands;

namespace RoleModel.Cli.Tests;

/// <summary>Careless and hostile input to the tool: option values, empty and UTF-16 files, devices, pipes, thousands of problems.</summary>
public sealed class HostileInputTests
{
    [Theory]
    [InlineData("find", "x", "--top", "2147483648")]
    [InlineData("find", "x", "--top", "-3")]
    [InlineData("match", "--role", "cdo", "--top", "1e3")]
    [InlineData("compare", "a.json", "b.json", "--top", "0")]
    [InlineData("coverage", "--below", "x")]
    [InlineData("coverage", "--below", "99999999999")]
    [InlineData("coverage", "--top", "ten")]
    [InlineData("report", "--all", "--page-size", "0", "--out", "overview.html")]
    [InlineData("report", "--all", "--page-size", "4294967296", "--out", "overview.html")]
    [InlineData("suggest", "--text", "a", "--top", "2147483648")]
    [InlineData("report", "--all", "--grading-threshold", "x", "--out", "overview.html")]
    [InlineData("report", "--all", "--grading-threshold", "101", "--out", "overview.html")]
    [InlineData("propose", "roles.json", "--role", "cdo", "--task", "t", "--title", "T", "--share", "-5", "--effective", "2026-02-01", "--author", "a", "--reason", "r")]
    [InlineData("export", "case", "--framework", "municipal-digital", "--out", "x.json", "--base-uri", "notauri")]
    [InlineData("export", "case", "--framework", "municipal-digital", "--out", "x.json", "--base-uri", "file:///etc/")]
    public void MalformedOptionValue_IsAUsageErrorWithAPlainMessage(params string[] args)
    {
        var result = CliRunner.Run(args);

        result.ExitCode.Should().Be(2, result.Error);
        result.Error.Should().StartWith("rolemodel: error: '").And.Contain("is not valid for --").And.NotContain("unexpected failure").And.NotContain("Cannot parse");
        result.Out.Should().BeEmpty();
    }

    [Fact]
    public void Validate_EmptyFile_SaysItIsEmpty()
    {
        using var file = new TemporaryFile([]);

        var result = CliRunner.Run("validate", file.Path);

        result.ExitCode.Should().Be(1);
        result.Out.Should().Contain($"{file.Path}:1:1: error RM001: The document is empty; expected a JSON object. ($)").And.NotContain("isFinalBlock");
    }

    [Fact]
    public void Validate_Utf16File_SaysItIsUtf16AndNeedsUtf8()
    {
        using var file = new TemporaryFile(Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes("{\"schemaVersion\":\"1.0\"}")).ToArray());

        var result = CliRunner.Run("validate", file.Path);

        result.ExitCode.Should().Be(1);
        result.Out.Should().Contain($"{file.Path}:1:1: error RM001: The document is UTF-16LE (little-endian) text, not UTF-8; RoleModel documents must be UTF-8");
    }

    [Fact]
    public void Validate_Device_IsRefusedAtTheSizeLimit()
    {
        if (!File.Exists("/dev/zero"))
        {
            return; // no such device on this system
        }

        var result = CliRunner.Run("validate", "/dev/zero");

        result.ExitCode.Should().Be(1);
        result.Error.Trim().Should().Be("rolemodel: error: '/dev/zero' is longer than the 512 MiB a document may have; it was read no further.");
    }

    [Fact]
    public void Validate_ManyProblems_TextIsCappedWithACountAndJsonListsAll()
    {
        const int count = ValidateCommand.TextProblemLimit + 234;
        using var file = new TemporaryFile(Encoding.UTF8.GetBytes("{\"schemaVersion\":\"1.0\",\"roles\":[" + string.Join(",", Enumerable.Repeat("1", count)) + "]}"));

        var text = CliRunner.Run("validate", file.Path);
        var json = CliRunner.Run("validate", file.Path, "--format", "json");

        var lines = text.Out.TrimEnd('\n').Split('\n');
        lines.Should().HaveCount(ValidateCommand.TextProblemLimit + 2);
        lines[^2].Should().Be($"{file.Path}: 234 more problems not shown; --format json lists all 1,234.");
        lines[^1].Should().Be($"{file.Path}: invalid (1,234 errors, 0 warnings)");
        JsonNode.Parse(json.Out)![0]!["problems"]!.AsArray().Should().HaveCount(count);
    }

    [Fact]
    public void Validate_AtTheCap_ListsEveryProblemWithoutANote()
    {
        using var file = new TemporaryFile(Encoding.UTF8.GetBytes("{\"schemaVersion\":\"1.0\",\"roles\":[" + string.Join(",", Enumerable.Repeat("1", ValidateCommand.TextProblemLimit)) + "]}"));

        var lines = CliRunner.Run("validate", file.Path).Out.TrimEnd('\n').Split('\n');

        lines.Should().HaveCount(ValidateCommand.TextProblemLimit + 1).And.NotContain(l => l.Contains("not shown", StringComparison.Ordinal));
    }
}
