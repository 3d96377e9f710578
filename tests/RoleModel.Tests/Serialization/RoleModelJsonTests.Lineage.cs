using NodaTime;
using RoleModel.Serialization;
using RoleModel.Validation;

namespace RoleModel.Tests.Serialization;

/// <summary>The top-level <c>lineage</c> array of format 1.1.</summary>
public sealed partial class RoleModelJsonTests
{
    private static string LineageDocument(string lineage, string version = "1.1") =>
        $$$"""{"schemaVersion":"{{{version}}}","roles":[{"id":"cdo","title":{"en":"CDO"}},{"id":"do","title":{"en":"Data officer"}}],"lineage":[{{{lineage}}}]}""";

    [Fact]
    public void Read_Lineage_MapsTheFact()
    {
        var result = RoleModelJson.Read(LineageDocument("""{"role":"do","kind":"createdFrom","from":"cdo","effective":"2023-09-01","reason":"Grew.","x-note":1}"""));

        result.IsValid.Should().BeTrue(result.Report.ToString());
        var fact = result.Catalogue!.Lineage.Should().ContainSingle().Subject;
        fact.Should().Be(new RoleLineage("do", RoleLineageKind.CreatedFrom, "cdo", new LocalDate(2023, 9, 1), reason: "Grew.", extensions: fact.Extensions));
        fact.Extensions.IsEmpty.Should().BeFalse("unknown members are kept");
    }

    [Fact]
    public void Write_Lineage_RoundTripsAsVersion11()
    {
        var catalogue = RoleModelJson.Read(LineageDocument("""{"role":"do","kind":"splitFrom","from":"cdo","effective":"2023-09-01"}""")).Catalogue!;

        var written = RoleModelJson.WriteToString(catalogue);

        written.Should().Contain("\"schemaVersion\": \"1.1\"").And.Contain("\"lineage\"");
        RoleModelJson.Read(written).Catalogue.Should().Be(catalogue);
        SchemaCheck.Errors(written).Should().BeEmpty();
    }

    [Fact]
    public void Write_NoLineage_StaysVersion10()
    {
        var written = RoleModelJson.WriteToString(new Catalogue(roles: [new Role("cdo", LocalizedText.Of("en", "CDO"))]));

        written.Should().Contain("\"schemaVersion\": \"1.0\"").And.NotContain("lineage");
    }

    [Theory]
    [InlineData("""{"role":"do","kind":"bornFrom","from":"cdo","effective":"2023-09-01"}""", "RM004 $.lineage[0].kind: 'bornFrom' is not a valid kind; expected one of: createdFrom, splitFrom, mergedFrom.")]
    [InlineData("""{"role":"do","kind":"createdFrom","effective":"2023-09-01"}""", "RM006 $.lineage[0].from: The required member 'from' is missing.")]
    [InlineData("""{"role":"do","kind":"createdFrom","from":"cdo","effective":"2023-02-30"}""", "RM005 $.lineage[0].effective: ")]
    [InlineData("""{"role":"do","kind":"createdFrom","from":"do","effective":"2023-09-01"}""", "RM100 $.lineage[0].from: A role cannot descend from itself ('do').")]
    [InlineData("""{"role":"do","kind":"createdFrom","from":"mayor","effective":"2023-09-01"}""", "RM102 $.lineage[0].from: The lineage of role 'do' names the source role 'mayor', which does not exist.")]
    [InlineData("""{"role":"do","kind":"createdFrom","from":"cdo","effective":"2023-09-01","tasks":["portal"]}""", "RM102 $.lineage[0].tasks[0]: The lineage of role 'do' names task 'portal', which the role's history never mentions.")]
    [InlineData("""{"role":"do","kind":"createdFrom","from":"cdo","effective":"2023-09-01","tasks":[null]}""", "RM003 $.lineage[0].tasks[0]: Expected a string but found null.")]
    public void Read_BadLineage_IsReportedWithItsPath(string lineage, string expected)
    {
        Single(RoleModelJson.Read(LineageDocument(lineage))).Should().StartWith(expected);
    }

    [Fact]
    public void Read_BadLineage_IsAProblemNotAnException()
    {
        var result = RoleModelJson.Read(LineageDocument("""{"role":"do","kind":"createdFrom","from":"cdo","effective":"2023-09-01"},{"role":"do","kind":"createdFrom","from":"cdo","effective":"2023-09-01"}"""));

        result.Report.Problems.Should().ContainSingle().Which.Code.Should().Be(ProblemCodes.DuplicateId);
    }
}
