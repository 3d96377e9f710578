using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace RoleModel.Cli.Tests;

/// <summary>A document's warnings reach every command that reads it; unknown members stop a result unless the user says to go on.</summary>
public sealed class DocumentWarningsTests
{
    /// <summary>The bundled sample with the first person's <c>assessments</c> misspelled <c>assesments</c>: a known member missing, an unknown one in its place.</summary>
    private static byte[] MisspelledAssessments()
    {
        var document = JsonNode.Parse(File.ReadAllBytes(Path.Combine(RepositoryPaths.Samples, "municipal.json")))!.AsObject();
        var person = document["people"]![0]!.AsObject();
        var assessments = person["assessments"]!;
        person.Remove("assessments");
        person["assesments"] = assessments.DeepClone();
        return Encoding.UTF8.GetBytes(document.ToJsonString(new JsonSerializerOptions { WriteIndented = true }));
    }

    /// <summary>A valid document with one warning that leaves nothing out (RM112, the self-directed share below the role's minimum).</summary>
    private static byte[] ShortOfMinimum()
    {
        var document = JsonNode.Parse(File.ReadAllBytes(Path.Combine(RepositoryPaths.Samples, "minimal.json")))!.AsObject();
        document["roles"]![0]!["openness"] = JsonNode.Parse("""{"kind": "open", "minSelfDirectedShare": 20, "maxSelfDirectedShare": 40}""");
        document["histories"] = JsonNode.Parse("""
            [{"role": "clerk", "changes": [{"id": "h1", "kind": "taskAdded", "effective": "2025-01-01", "recorded": "2025-01-01T00:00:00Z", "author": "hr",
              "task": {"id": "t1", "title": {"en": "Answer letters"}, "share": 50, "origin": "assigned", "status": "active"}}]}]
            """);
        return Encoding.UTF8.GetBytes(document.ToJsonString());
    }

    [Fact]
    public void Gap_MisspelledAssessments_RefusesWithTheMemberLocatedAndExitCode3()
    {
        using var file = new TemporaryFile(MisspelledAssessments());

        var result = CliRunner.Run("gap", file.Path, "--role", "cdo", "--person", "p-0001", "--as-of", "2025-06-30");

        result.ExitCode.Should().Be(3);
        result.Out.Should().BeEmpty("no fit score is printed that leaves out the person's assessments");
        result.Error.Should().MatchRegex(@"document\.json:\d+:\d+: warning RM010: Unknown member 'assesments' in \$\.people\[0\]; did you mean 'assessments'\?");
        result.Error.Should().Contain("has 1 unknown member: no command reads what is written there, so this result could be wrong")
            .And.Contain($"'rolemodel validate {file.Path}' lists every warning")
            .And.Contain("--ignore-unknown-members");
    }

    [Fact]
    public void Gap_MisspelledAssessmentsIgnored_AnswersAndSaysWhatItLeavesOut()
    {
        using var file = new TemporaryFile(MisspelledAssessments());

        var result = CliRunner.Run("gap", file.Path, "--role", "cdo", "--person", "p-0001", "--as-of", "2025-06-30", "--ignore-unknown-members");

        result.ExitCode.Should().Be(0, result.Error);
        result.Out.Should().NotBeEmpty();
        result.Error.Should().Contain("warning RM010: Unknown member 'assesments'")
            .And.Contain("has 1 warning, shown above.")
            .And.Contain("This result leaves out 1 unknown member (--ignore-unknown-members).");
    }

    [Fact]
    public void Gap_MisspelledAssessmentsForAGermanUser_RefusesInGerman()
    {
        using var file = new TemporaryFile(MisspelledAssessments());

        var result = CliRunner.RunIn(System.Globalization.CultureInfo.GetCultureInfo("de-DE"), "gap", file.Path, "--role", "cdo", "--person", "p-0001");

        result.ExitCode.Should().Be(3);
        result.Error.Should().Contain("enthält 1 unbekanntes Feld: Was dort steht, liest kein Befehl");
    }

    [Theory]
    [InlineData(false, 0, true)]
    [InlineData(true, 1, false)]
    public void Validate_MisspelledAssessments_TheVerdictIsTheSameInExitCodeAndJson(bool strict, int exitCode, bool valid)
    {
        using var file = new TemporaryFile(MisspelledAssessments());
        string[] args = strict ? ["validate", "--strict", "--format", "json", file.Path] : ["validate", "--format", "json", file.Path];

        var result = CliRunner.Run(args);

        result.ExitCode.Should().Be(exitCode);
        using var json = JsonDocument.Parse(result.Out);
        json.RootElement[0].GetProperty("valid").GetBoolean().Should().Be(valid);
        json.RootElement[0].GetProperty("problems")[0].GetProperty("code").GetString().Should().Be("RM010");
    }

    [Fact]
    public void Validate_StrictAsText_SaysTheDocumentFailsBecauseOfItsWarnings()
    {
        using var file = new TemporaryFile(MisspelledAssessments());

        var result = CliRunner.Run("validate", "--strict", file.Path);

        result.ExitCode.Should().Be(1);
        result.Out.Should().EndWith($"{file.Path}: invalid under --strict (1 warning){Environment.NewLine}");
    }

    [Theory]
    [InlineData("show", "--role", "clerk")]
    [InlineData("history", "--role", "clerk")]
    [InlineData("diff", "--role", "clerk", "--from", "2025-01-01", "--to", "2025-06-01")]
    [InlineData("drift", "--role", "clerk", "--from", "2025-01-01", "--to", "2025-06-01")]
    [InlineData("coverage")]
    [InlineData("match", "--role", "clerk")]
    [InlineData("describe", "--role", "clerk")]
    [InlineData("lineage", "--role", "clerk")]
    [InlineData("patterns")]
    public void ReadingCommand_DocumentWithAWarning_SummarisesItOnStandardErrorOnce(string command, params string[] options)
    {
        using var file = new TemporaryFile(ShortOfMinimum());

        var result = CliRunner.Run([command, file.Path, .. options]);

        result.ExitCode.Should().Be(0, result.Error);
        var lines = result.Error.Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries);
        lines.Should().HaveCount(2);
        lines[0].Should().Contain("document.json:1:").And.Contain("warning RM112:");
        lines[1].Should().Be($"rolemodel: warning: {file.Path} has 1 warning, shown above.");
    }

    [Theory]
    [InlineData("show", "--role", "clerk")]
    [InlineData("coverage")]
    [InlineData("find", "Clerk")]
    [InlineData("propose", "--role", "clerk", "--task", "t9", "--title", "Sort mail", "--share", "5", "--effective", "2025-02-01", "--author", "me", "--reason", "mail piles up")]
    public void ReadingCommand_DocumentWithUnknownMembers_RefusesWithExitCode3(string command, params string[] options)
    {
        using var file = new TemporaryFile(File.ReadAllBytes(Path.Combine(RepositoryPaths.Samples, "warnings", "misspelled-members.json")));
        var before = File.ReadAllBytes(file.Path);

        var result = CliRunner.Run([command, file.Path, .. options]);

        result.ExitCode.Should().Be(3, result.Error);
        result.Error.Should().Contain("has 2 unknown members");
        File.ReadAllBytes(file.Path).Should().Equal(before);
    }

    [Fact]
    public void Validate_DocumentWithWarnings_ListsEveryOneAndNoSummary()
    {
        using var file = new TemporaryFile(File.ReadAllBytes(Path.Combine(RepositoryPaths.Samples, "warnings", "misspelled-members.json")));

        var result = CliRunner.Run("validate", file.Path);

        result.ExitCode.Should().Be(0);
        result.Out.Should().Contain("'requirments'").And.Contain("'openess'");
        result.Error.Should().BeEmpty();
    }
}
