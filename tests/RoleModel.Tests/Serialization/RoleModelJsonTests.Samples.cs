using RoleModel.Serialization;
using RoleModel.Validation;

namespace RoleModel.Tests.Serialization;

public sealed partial class RoleModelJsonTests
{
    public static TheoryData<string> ValidSamples() => [.. Directory.GetFiles(TestPaths.Samples, "*.json").Select(f => Path.GetFileName(f)).Order()];

    /// <summary>Each invalid sample with its problems: code, path, line:column.</summary>
    public static TheoryData<string, string[]> InvalidSamples() => new()
    {
        { "syntax.json", ["RM001 $.roles[0].title.en 48:7"] },
        { "duplicate-member.json", ["RM002 $.roles[0].id 46:7"] },
        { "wrong-type.json", ["RM003 $.roles[0].title 46:16"] },
        { "unknown-enum.json", ["RM004 $.roles[0].requirements[0].importance 54:25"] },
        { "bad-date.json", ["RM005 $.people[0].assessments[0].assessedOn 77:25"] },
        { "missing-schema-version.json", ["RM006 $.schemaVersion 1:1"] },
        { "missing-member.json", ["RM006 $.roles[0].title 44:5"] },
        { "major-version.json", ["RM007 $.schemaVersion 2:20"] },
        { "too-deep.json", [$"RM008 $.roles[0].x:nested{string.Concat(Enumerable.Repeat("[0]", 61))} 128:129"] },
        { "number-out-of-range.json", ["RM009 $.roles[0].areas[0].minShare 63:23"] },
        { "share-above-100.json", ["RM100 $.roles[0].areas[0].maxShare 64:23"] },
        { "duplicate-id.json", ["RM101 $.frameworks[0].competencies[1].id 31:17"] },
        { "dangling-reference.json", ["RM102 $.people[0].assignments[0].role 83:19"] },
        { "unknown-level.json", ["RM103 $.roles[0].requirements[0].level 53:20"] },
        { "broader-cycle.json", ["RM104 $.frameworks[0].competencies[1].broader[0] 40:13"] },
        { "template-cycle.json", ["RM105 $.roles[1].template.role 77:17"] },
        { "area-shares-above-100.json", ["RM106 $.roles[0].areas 57:16"] },
        { "history-unknown-task.json", ["RM102 $.histories[0].changes[1].task.id 105:19"] },
        {
            "scale-mappings.json",
            [
                "RM100 $.frameworks[1].scaleMappings[1].targetScale 139:26",
                "RM103 $.frameworks[1].scaleMappings[0].levels.8 134:18",
                "RM102 $.frameworks[1].scaleMappings[2].sourceScale 145:26",
                "RM101 $.frameworks[1].scaleMappings[3] 151:9",
                "RM103 $.frameworks[1].scaleMappings[3].levels.6 155:18",
            ]
        },
        {
            "history-shapes.json",
            [
                "RM004 $.histories[0].changes[0].kind 75:19",
                "RM005 $.histories[0].changes[1].recorded 85:23",
                "RM003 $.histories[0].changes[2].task 95:19",
            ]
        },
        {
            "five-wrong-types.json",
            [
                "RM003 $.frameworks[0].name 6:15",
                "RM003 $.roles[0].title 21:16",
                "RM003 $.roles[0].requirements 22:23",
                "RM003 $.people[0].id 30:13",
                "RM003 $.histories[0].changes[0].effective 42:24",
            ]
        },
        {
            "several-problems.json",
            [
                "RM100 $.frameworks[0].competencies[0].kind 25:19",
                "RM006 $.roles[0].requirements[0].importance 50:9",
                "RM100 $.roles[0].areas[0].minShare 62:23",
                "RM004 $.people[0].assessments[0].source 77:21",
                "RM005 $.people[0].assignments[0].from 83:19",
                "RM102 $.people[1].assignments[0].role 91:19",
            ]
        },
    };

    [Theory]
    [MemberData(nameof(ValidSamples))]
    public void Read_ValidSample_HasNoProblems(string file)
    {
        var result = RoleModelJson.Read(File.ReadAllBytes(Path.Combine(TestPaths.Samples, file)));

        result.Report.Problems.Should().BeEmpty();
        result.IsValid.Should().BeTrue();
    }

    [Theory]
    [MemberData(nameof(ValidSamples))]
    public void Write_ReadValidSample_ReproducesTheFile(string file)
    {
        var text = File.ReadAllText(Path.Combine(TestPaths.Samples, file));

        var written = RoleModelJson.WriteToString(RoleModelJson.Read(text).Catalogue!);

        written.Should().Be(text.TrimEnd('\n'), "the samples are kept in the writer's form");
    }

    [Theory]
    [MemberData(nameof(InvalidSamples))]
    public void Read_InvalidSample_ReportsItsProblemsWithPathAndPosition(string file, string[] expected)
    {
        var result = RoleModelJson.Read(File.ReadAllBytes(Path.Combine(TestPaths.InvalidSamples, file)));

        result.Report.Problems.Select(p => $"{p.Code} {p.Path} {p.Line}:{p.Column}").Should().Equal(expected);
        result.IsValid.Should().BeFalse();
    }

    [Fact]
    public void InvalidSamples_EveryFile_HasExpectedProblems()
    {
        var covered = InvalidSamples().Select(row => (string)row[0]);

        Directory.GetFiles(TestPaths.InvalidSamples, "*.json").Select(Path.GetFileName).Should().BeEquivalentTo(covered);
    }

    [Fact]
    public void Read_MunicipalSample_HasTheCdoWithAnOpenTaskSpace()
    {
        var catalogue = RoleModelJson.Read(File.ReadAllBytes(Path.Combine(TestPaths.Samples, "municipal.json"))).Catalogue!;

        var cdo = catalogue.FindRole("cdo")!;
        cdo.Openness.Should().Be(RoleOpenness.Open(new ShareRange(30m, 80m)));
        cdo.Requirements.Should().Contain(r => r.Id == "legal-basis" && r.IsGroup);
        cdo.Extensions.Members.Should().ContainSingle(m => m.Key == "hr:system");
        catalogue.FindRole("cdo-small-town")!.Template!.RemovedAreaIds.Should().Equal("innovation");
        catalogue.Frameworks.Single().Competencies.Should().HaveCount(14);
        catalogue.People.SelectMany(p => p.Assessments).Should().Contain(a => !a.IsValidOn(new NodaTime.LocalDate(2026, 11, 26)));
    }

    [Fact]
    public void Read_FiveWrongTypesInFivePlaces_AreAllReportedInOneReadEachNamingWhatWasExpected()
    {
        var result = RoleModelJson.Read(File.ReadAllBytes(Path.Combine(TestPaths.InvalidSamples, "five-wrong-types.json")));

        result.Report.Problems.Select(p => p.Message).Should().Equal(
            "Expected a localized text, an object such as {\"en\": \"…\"}, but found a string.",
            "Expected a localized text, an object such as {\"en\": \"…\"}, but found a number.",
            "Expected an array of requirements but found an object.",
            "Expected an identifier, a string, but found an array.",
            "Expected a date, a string such as \"2026-01-31\", but found a number.");
        result.Catalogue.Should().BeNull("no value is guessed for a member of the wrong type");
    }

    [Fact]
    public void Read_SeveralProblems_AreAllErrorsWithMessages()
    {
        var result = RoleModelJson.Read(File.ReadAllBytes(Path.Combine(TestPaths.InvalidSamples, "several-problems.json")));

        result.Report.Problems.Should().OnlyContain(p => p.Severity == ProblemSeverity.Error && p.Message.EndsWith('.'));
        result.Report.Problems.Select(p => p.Message).Should().Contain(
            [
                "The kind must not be empty or white space.",
                "The required member 'importance' is missing.",
                "The minShare 70 must not be above the maxShare 60.",
                "'rumour' is not a valid source; expected one of: self, manager, certificate, test, imported.",
                "'01.01.2025' is not a valid date; expected yyyy-MM-dd.",
            ]);
        result.Catalogue.Should().BeNull();
    }
}
