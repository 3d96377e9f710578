using RoleModel.Serialization;
using RoleModel.Validation;

namespace RoleModel.Tests.Serialization;

/// <summary>
/// The reader tells the validation of what it read which rules it found kept (requirement identifiers distinct in
/// each role, every required competency defined in the document), so that they are not checked twice. Whatever
/// the identifiers look like (shared, escaped, longer than the reader shares, in a group) and wherever the
/// definitions stand, a broken rule must still be reported as the validator reports it for any catalogue.
/// </summary>
public sealed partial class RoleModelJsonTests
{
    private static readonly string LongId = "http://example.org/" + new string('c', 140);

    [Theory]
    [InlineData("""{"competency":"c","importance":"essential"},{"competency":"c","importance":"optional"}""", "c", 1)]
    [InlineData("""{"id":"q","competency":"c","importance":"essential"},{"id":"q","competency":"c","importance":"optional"}""", "q", 1)]
    [InlineData("""{"competency":"c","importance":"essential"},{"competency":"\u0063","importance":"optional"}""", "c", 1)]
    [InlineData("""{"id":"\u0071","competency":"c","importance":"essential"},{"id":"a","competency":"c","importance":"essential"},{"id":"q","competency":"c","importance":"optional"}""", "q", 2)]
    [InlineData("""{"id":"g","anyOf":["c"],"importance":"essential"},{"id":"g","competency":"c","importance":"optional"}""", "g", 1)]
    public void Read_ARequirementIdentifierTwiceInOneRole_IsReportedHoweverItIsWritten(string requirements, string id, int second)
    {
        var problems = RoleModelJson.Read(Document(Role($",\"requirements\":[{requirements}]"))).Report.Problems;

        var problem = problems.Should().ContainSingle().Which;
        (problem.Code, problem.Path, problem.Message).Should().Be(
            (ProblemCodes.DuplicateId, $"$.roles[0].requirements[{second}].id", $"The requirement identifier '{id}' is used more than once."));
    }

    [Fact]
    public void Read_ALongRequirementIdentifierTwiceInOneRole_IsReported()
    {
        var competency = $$$"""{"id":"{{{LongId}}}","kind":"skill","name":{"en":"L"}}""";
        var requirement = $$"""{"competency":"{{LongId}}","importance":"essential"}""";
        var json = $$$"""{"schemaVersion":"1.0","frameworks":[{"id":"f","name":{"en":"F"},"competencies":[{{{competency}}}]}],"roles":[{"id":"r","title":{"en":"R"},"requirements":[{{{requirement}}},{{{requirement}}}]}]}""";

        var problem = RoleModelJson.Read(json).Report.Problems.Should().ContainSingle().Which;

        (problem.Code, problem.Path).Should().Be((ProblemCodes.DuplicateId, "$.roles[0].requirements[1].id"));
    }

    [Fact]
    public void Read_TheSameCompetencyInTwoRoles_IsNoDuplicate()
    {
        var roles = """
            [{"id":"r1","title":{"en":"R1"},"requirements":[{"competency":"c","importance":"essential"}]},
             {"id":"r2","title":{"en":"R2"},"requirements":[{"competency":"c","importance":"essential"}]}]
            """;

        RoleModelJson.Read(Document(roles)).Report.Problems.Should().BeEmpty();
    }

    [Theory]
    [InlineData("x", "$.roles[0].requirements[1].competency")]
    [InlineData("\\u0078", "$.roles[0].requirements[1].competency")]
    public void Read_AMissingCompetency_IsReportedEvenWhenTheRolesComeBeforeTheFrameworks(string missing, string path)
    {
        var json = $$"""
            {"schemaVersion":"1.0",
             "roles":[{"id":"r","title":{"en":"R"},"requirements":[{"competency":"c","importance":"essential"},{"competency":"{{missing}}","importance":"essential"}]}],
             "frameworks":[{{Framework}}]}
            """;

        var problem = RoleModelJson.Read(json).Report.Problems.Should().ContainSingle().Which;

        (problem.Code, problem.Path, problem.Message).Should().Be(
            (ProblemCodes.UnresolvedReference, path, "The competency 'x' does not exist in any framework of the catalogue."));
    }

    [Fact]
    public void Read_AMissingCompetencyInAGroup_OrNamedOnlyAsABroaderOne_IsReported()
    {
        // "b" is named by a competency's broader link but defined nowhere; a group names "x", defined nowhere.
        var json = """
            {"schemaVersion":"1.0",
             "frameworks":[{"id":"f","name":{"en":"F"},"competencies":[{"id":"c","kind":"skill","name":{"en":"C"},"broader":["b"]}]}],
             "roles":[{"id":"r","title":{"en":"R"},"requirements":[{"competency":"b","importance":"essential"},{"id":"g","anyOf":["c","x"],"importance":"essential"}]}]}
            """;

        var problems = RoleModelJson.Read(json).Report.Problems;

        problems.Select(p => (p.Code, p.Path)).Should().BeEquivalentTo(
        [
            (ProblemCodes.UnresolvedReference, "$.frameworks[0].competencies[0].broader[0]"),
            (ProblemCodes.UnresolvedReference, "$.roles[0].requirements[0].competency"),
            (ProblemCodes.UnresolvedReference, "$.roles[0].requirements[1].anyOf[1]"),
        ]);
    }

    [Fact]
    public void Read_ACompetencyThatIsOnlyAnotherObjectsIdentifier_IsReportedMissing()
    {
        // "r" is a role's identifier and "s" a scale's: neither is a competency.
        var problems = RoleModelJson.Read(Document(Role(""","requirements":[{"competency":"r","importance":"essential"},{"competency":"s","importance":"essential"}]"""))).Report.Problems;

        problems.Select(p => (p.Code, p.Path)).Should().Equal(
            (ProblemCodes.UnresolvedReference, "$.roles[0].requirements[0].competency"),
            (ProblemCodes.UnresolvedReference, "$.roles[0].requirements[1].competency"));
    }

    [Theory]
    [InlineData("""[{"id":"f","name":{"en":"F"},"competencies":[{"id":"c","kind":"skill","name":{"en":"C"}},{"id":"c","kind":"knowledge","name":{"en":"D"}}]}]""", "$.frameworks[0].competencies[1].id")]
    [InlineData("""[{"id":"f","name":{"en":"F"},"competencies":[{"id":"c","kind":"skill","name":{"en":"C"}},{"id":"\u0063","kind":"knowledge","name":{"en":"D"}}]}]""", "$.frameworks[0].competencies[1].id")]
    [InlineData("""[{"id":"f","name":{"en":"F"},"competencies":[{"id":"c","kind":"skill","name":{"en":"C"}}]},{"id":"g","name":{"en":"G"},"competencies":[{"id":"c","kind":"skill","name":{"en":"C"}}]}]""", "$.frameworks[1].competencies[0].id")]
    public void Read_ACompetencyIdentifierTwice_IsReportedHoweverItIsWritten(string frameworks, string path)
    {
        var problem = RoleModelJson.Read($$$"""{"schemaVersion":"1.0","frameworks":{{{frameworks}}}}""").Report.Problems.Should().ContainSingle().Which;

        (problem.Code, problem.Path, problem.Message).Should().Be((ProblemCodes.DuplicateId, path, "The competency identifier 'c' is used more than once."));
    }

    [Theory]
    [InlineData("b")]
    [InlineData("\\u0062")]
    [InlineData("r")]
    public void Read_ABroaderCompetencyDefinedNowhere_IsReported_AlsoWhenTheFrameworksComeLast(string broader)
    {
        var json = $$$"""
            {"schemaVersion":"1.0","roles":[{"id":"r","title":{"en":"R"}}],
             "frameworks":[{"id":"f","name":{"en":"F"},"competencies":[{"id":"a","kind":"skill","name":{"en":"A"},"broader":["c"]},{"id":"c","kind":"skill","name":{"en":"C"},"broader":["{{{broader}}}"]}]}]}
            """;

        var problem = RoleModelJson.Read(json).Report.Problems.Should().ContainSingle().Which;

        (problem.Code, problem.Path).Should().Be((ProblemCodes.UnresolvedReference, "$.frameworks[0].competencies[1].broader[0]"));
    }
}
