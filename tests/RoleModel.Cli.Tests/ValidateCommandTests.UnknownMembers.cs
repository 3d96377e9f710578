using System.Text;

namespace RoleModel.Cli.Tests;

public sealed partial class ValidateCommandTests
{
    /// <summary>One misspelled member on every kind of object of a document, and one deliberate extension.</summary>
    private const string Misspelled = """
        {"schemaVersion": "1.0", "framworks": [],
         "frameworks": [{"id": "f", "name": {}, "verison": "1",
           "scales": [{"id": "s", "nmae": {}, "levels": [{"code": "l", "lable": {}}]}],
           "competencies": [{"id": "c", "kind": "skill", "name": {}, "broder": [],
             "mappings": [{"relation": "exactMatch", "scheme": "e", "uri": "u", "urii": "v"}]}]}],
         "roles": [{"id": "r", "title": {}, "requirments": [], "esco:uri": "deliberate",
           "openness": {"kind": "open", "minSelfDirectedShar": 0},
           "template": {"role": "t", "removeRequirement": []},
           "requirements": [{"competency": "c", "importance": "optional", "wieght": 2}],
           "areas": [{"id": "a", "name": {}, "minshare": 0}]},
          {"id": "t", "titel": {}}],
         "people": [{"id": "p", "asignments": [],
           "assessments": [{"competency": "c", "scale": "s", "level": "l", "assessedOn": "2026-01-01", "source": "test", "evidense": "x"}],
           "assignments": [{"role": "r", "from": "2026-01-01", "too": "2026-02-01"}]}],
         "histories": [{"role": "r", "chnages": [],
           "changes": [{"id": "h1", "kind": "taskAdded", "effective": "2026-01-01", "recorded": "2026-01-01T00:00:00Z", "author": "a", "reasn": "x",
             "task": {"id": "k", "title": {}, "share": 10, "origin": "assigned", "status": "active", "aera": "a",
               "uses": [{"competency": "c", "levle": "l"}]}}]}]}
        """;

    [Theory]
    [InlineData("framworks", "$", "frameworks")]
    [InlineData("verison", "$.frameworks[0]", "version")]
    [InlineData("nmae", "$.frameworks[0].scales[0]", "name")]
    [InlineData("lable", "$.frameworks[0].scales[0].levels[0]", "label")]
    [InlineData("broder", "$.frameworks[0].competencies[0]", "broader")]
    [InlineData("urii", "$.frameworks[0].competencies[0].mappings[0]", "uri")]
    [InlineData("requirments", "$.roles[0]", "requirements")]
    [InlineData("minSelfDirectedShar", "$.roles[0].openness", "minSelfDirectedShare")]
    [InlineData("removeRequirement", "$.roles[0].template", "removeRequirements")]
    [InlineData("wieght", "$.roles[0].requirements[0]", "weight")]
    [InlineData("minshare", "$.roles[0].areas[0]", "minShare")]
    [InlineData("asignments", "$.people[0]", "assignments")]
    [InlineData("evidense", "$.people[0].assessments[0]", "evidence")]
    [InlineData("too", "$.people[0].assignments[0]", "to")]
    [InlineData("chnages", "$.histories[0]", "changes")]
    [InlineData("reasn", "$.histories[0].changes[0]", "reason")]
    [InlineData("aera", "$.histories[0].changes[0].task", "area")]
    [InlineData("levle", "$.histories[0].changes[0].task.uses[0]", "level")]
    public void Validate_MisspelledMember_OnAnyObject_IsNamedWithItsPathAndTheClosestMember(string member, string at, string meant)
    {
        using var file = new TemporaryFile(Encoding.UTF8.GetBytes(Misspelled));

        var result = CliRunner.Run("validate", file.Path);

        result.Out.Should().Contain($"warning RM010: Unknown member '{member}' in {at}; did you mean '{meant}'?");
    }

    [Fact]
    public void Validate_MisspelledRequiredMember_NamesTheMissingAndTheUnknownMember()
    {
        using var file = new TemporaryFile(Encoding.UTF8.GetBytes(Misspelled));

        var result = CliRunner.Run("validate", file.Path);

        result.ExitCode.Should().Be(1, "the role 't' lacks its title");
        result.Out.Should().Contain("error RM006: The required member 'title' is missing; the object has an unknown member 'titel': a misspelling of 'title'? ($.roles[1].title)");
        result.Out.Should().NotContain("esco:uri", "a member in an extension namespace is deliberate");
    }

    [Fact]
    public void Validate_Strict_FailsOnWarnings()
    {
        using var file = new TemporaryFile("""{"schemaVersion": "1.0", "roles": [{"id": "r", "title": {}, "requirments": []}]}"""u8.ToArray());

        var lenient = CliRunner.Run("validate", file.Path);
        var strict = CliRunner.Run("validate", "--strict", file.Path);

        lenient.ExitCode.Should().Be(0);
        lenient.Out.Should().Contain("document.json: valid (1 warning)");
        strict.ExitCode.Should().Be(1);
        strict.Out.Should().Contain("warning RM010: Unknown member 'requirments' in $.roles[0]; did you mean 'requirements'? ($.roles[0].requirments)");
    }
}
