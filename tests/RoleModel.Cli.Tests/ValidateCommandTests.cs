using System.Text.Json;
using System.Text.RegularExpressions;

namespace RoleModel.Cli.Tests;

public sealed partial class ValidateCommandTests
{
    [GeneratedRegex(@"^.+:\d+:\d+: (error|warning) RM\d{3}: .+ \(\$.*\)$")]
    private static partial Regex ProblemLine();

    [Fact]
    public void Validate_WithoutFile_IsAUsageError()
    {
        // Passing on the bundled sample would tell a user who forgot the file that their document is valid.
        var result = CliRunner.Run("validate");

        result.ExitCode.Should().Be(2);
        result.Out.Should().BeEmpty();
        result.Error.Should().StartWith("rolemodel: error: ").And.Contain("FILE");
    }

    [Fact]
    public void Validate_ValidSamples_Succeeds()
    {
        var result = CliRunner.Run("validate", Sample("minimal.json"), Sample("municipal.json"));

        result.ExitCode.Should().Be(0);
        result.Out.Should().Contain("minimal.json: valid").And.Contain("municipal.json: valid");
    }

    public static TheoryData<string> InvalidSamples() =>
        [.. Directory.GetFiles(Path.Combine(RepositoryPaths.Samples, "invalid"), "*.json").Select(Path.GetFileName).OfType<string>()];

    [Theory]
    [MemberData(nameof(InvalidSamples))]
    public void Validate_InvalidSample_PrintsLocatedProblemsAndFails(string name)
    {
        var path = Path.Combine(RepositoryPaths.Samples, "invalid", name);

        var result = CliRunner.Run("validate", path);

        result.ExitCode.Should().Be(1);
        var lines = result.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        lines.Should().HaveCountGreaterThan(1);
        lines[..^1].Should().OnlyContain(line => ProblemLine().IsMatch(line.TrimEnd()), "every problem is file:line:column: severity code: message (path)");
        lines[0].Should().StartWith(path + ":");
        lines[^1].Should().Contain(": invalid (");
    }

    [Fact]
    public void Validate_FiveWrongTypesInFivePlaces_ReportsAllFiveInOneRun()
    {
        var path = Sample("invalid/five-wrong-types.json");

        var result = CliRunner.Run("validate", path);

        result.ExitCode.Should().Be(1);
        result.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line => line.TrimEnd()).Should().Equal(
            $"{path}:6:15: error RM003: Expected a localized text, an object such as {{\"en\": \"…\"}}, but found a string. ($.frameworks[0].name)",
            $"{path}:21:16: error RM003: Expected a localized text, an object such as {{\"en\": \"…\"}}, but found a number. ($.roles[0].title)",
            $"{path}:22:23: error RM003: Expected an array of requirements but found an object. ($.roles[0].requirements)",
            $"{path}:30:13: error RM003: Expected an identifier, a string, but found an array. ($.people[0].id)",
            $"{path}:42:24: error RM003: Expected a date, a string such as \"2026-01-31\", but found a number. ($.histories[0].changes[0].effective)",
            $"{path}: invalid (5 errors, 0 warnings)");
    }

    [Fact]
    public void Validate_ManyFiles_ReportsEachAndFailsWhenOneIsInvalid()
    {
        var result = CliRunner.Run("validate", Sample("minimal.json"), Sample("invalid/duplicate-id.json"));

        result.ExitCode.Should().Be(1);
        result.Out.Should().Contain("minimal.json: valid").And.Contain("duplicate-id.json: invalid (1 error");
    }

    [Fact]
    public void Validate_FormatJson_PrintsOneDocumentPerFileWithItsProblems()
    {
        var result = CliRunner.Run("validate", Sample("invalid/duplicate-id.json"), Sample("minimal.json"), "--format", "json");

        using var json = JsonDocument.Parse(result.Out);
        var files = json.RootElement.EnumerateArray().ToList();
        files.Should().HaveCount(2);
        files[0].GetProperty("valid").GetBoolean().Should().BeFalse();
        var problem = files[0].GetProperty("problems")[0];
        problem.GetProperty("code").GetString().Should().Be("RM101");
        problem.GetProperty("path").GetString().Should().Be("$.frameworks[0].competencies[1].id");
        problem.GetProperty("line").GetInt32().Should().BePositive();
        files[1].GetProperty("valid").GetBoolean().Should().BeTrue();
    }

    [Fact]
    public void Validate_MissingFile_IsAUsageError()
    {
        var result = CliRunner.Run("validate", "no-such-file.json");

        result.ExitCode.Should().Be(2);
        result.Error.Trim().Should().Be("rolemodel: error: the file 'no-such-file.json' does not exist.");
    }

    [Fact]
    public void Validate_Folder_IsAUsageError()
    {
        var result = CliRunner.Run("validate", RepositoryPaths.Samples);

        result.ExitCode.Should().Be(2);
        result.Error.Should().Contain("is a folder, not a file");
    }

    [Theory]
    [InlineData(new byte[0])]
    [InlineData(new byte[] { 0x00, 0xFF, 0xFE, 0x01, 0x7F })]
    [InlineData(new byte[] { 0xEF, 0xBB, 0xBF })]
    public void Validate_EmptyOrBinaryFile_FailsWithALocatedProblem(byte[] content)
    {
        using var file = new TemporaryFile(content);

        var result = CliRunner.Run("validate", file.Path);

        result.ExitCode.Should().Be(1);
        result.Out.Should().MatchRegex(@":1:\d+: error RM0\d\d: ");
        result.Error.Should().BeEmpty();
    }

    [Fact]
    public void Validate_HugeFile_IsRefusedWithoutReadingIt()
    {
        using var file = new TemporaryFile([]);
        using (var stream = File.OpenWrite(file.Path))
        {
            stream.SetLength(DocumentLoader.MaximumBytes + 1); // sparse: takes no disk space
        }

        var result = CliRunner.Run("validate", file.Path);

        result.ExitCode.Should().Be(1);
        result.Error.Should().Contain("MiB, more than the 512 MiB a document may have");
    }

    private static string Sample(string name) => Path.Combine(RepositoryPaths.Samples, name);
}
