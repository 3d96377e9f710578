using RoleModel.Analysis;
using RoleModel.Serialization;
using RoleModel.Validation;

namespace RoleModel.Interop.Tests.Composition;

/// <summary>The town's roles, people and histories in their own files, using the real ESCO export by reference.</summary>
public sealed class ComposedEscoTests(ComposedEscoFixture set) : IClassFixture<ComposedEscoFixture>
{
    private const string ChangeManagement = "http://data.europa.eu/esco/skill/3c03ee71-4a23-448f-b79e-81fd75d27dca";

    [DataFact("esco", "v1.1.1")]
    public void Read_TheTown_IsValidAndComposesEveryFileOnce()
    {
        var result = set.Read("municipality.json");

        result.Documents.SelectMany(d => d.Report.Errors).Should().BeEmpty();
        result.IsValid.Should().BeTrue();
        result.Documents.Select(d => System.IO.Path.GetFileName(d.Location)).Should().Equal("municipality.json", "people.json", "roles.json", "esco.json", "histories.json");
        var composed = result.Composed!;
        composed.Roles.Should().HaveCount(3 + 3007);
        composed.FindCompetency(ChangeManagement)!.Name.ToString().Should().Be("apply change management");
        result.Document!.Roles.Should().BeEmpty("the town's own document holds only its imports");
    }

    [DataFact("esco", "v1.1.1")]
    public void Analysis_OnTheComposedView_UsesRolesPeopleAndEscoFromThreeFiles()
    {
        var composed = set.Read("municipality.json").Composed!;

        var gap = FitAnalysis.Analyze(composed, composed.FindRole("cdo")!, composed.FindPerson("p-0001")!, new NodaTime.LocalDate(2026, 1, 1));

        gap.Requirements.Should().Contain(r => r.Requirement.CompetencyIds.Contains(ChangeManagement) && r.Status == RequirementStatus.Met);
        composed.Resolve(composed.FindRole("data-protection-officer")!).Requirements.Length.Should().BeGreaterThan(40, "the town's role derives from ESCO's data protection officer");
    }

    [DataFact("esco", "v1.1.1")]
    public void Read_RequirementOnASkillMissingFromEsco_IsAnErrorWithItsLineAndPath()
    {
        var roles = set.Path("roles.json");
        var original = File.ReadAllText(roles);
        try
        {
            File.WriteAllText(roles, original.Replace(ChangeManagement, "http://data.europa.eu/esco/skill/missing", StringComparison.Ordinal));

            var result = set.Read("roles.json");

            var problem = result.Documents[0].Report.Problems.Should().ContainSingle().Subject;
            (problem.Code, problem.Path, problem.Line, problem.Column).Should().Be((ProblemCodes.UnresolvedReference, "$.roles[0].requirements[0].competency", 56, 25));
            result.Documents[1].Report.IsValid.Should().BeTrue();
        }
        finally
        {
            File.WriteAllText(roles, original);
        }
    }

    [DataFact("esco", "v1.1.1")]
    public void Write_EachFileOfTheSet_ReproducesItsOwnContentOnly()
    {
        foreach (var file in new[] { "roles.json", "people.json", "histories.json", "municipality.json" })
        {
            var document = set.Read(file).Document!;

            RoleModelJson.WriteToString(document).Should().Be(File.ReadAllText(set.Path(file)).TrimEnd('\n'), file);
        }
    }

    /// <summary>Example (c) of docs/format.md's "Writing documents by hand", beside the real ESCO export.</summary>
    [DataFact("esco", "v1.1.1")]
    public void FormatDoc_RolesImportingEsco_AreValid()
    {
        var format = File.ReadAllText(System.IO.Path.Combine(SharedData.RepositoryRoot!, "docs", "format.md")).Replace("\r\n", "\n", StringComparison.Ordinal);
        var example = format.IndexOf("**(c) Roles importing ESCO.**", StringComparison.Ordinal);
        var start = format.IndexOf("```json\n", example, StringComparison.Ordinal) + "```json\n".Length;
        var json = format[start..format.IndexOf("\n```", start, StringComparison.Ordinal)];
        File.WriteAllText(set.Path("hand-written.json"), json);

        var result = set.Read("hand-written.json");

        result.Documents.SelectMany(d => d.Report.Problems).Should().BeEmpty();
        result.IsValid.Should().BeTrue();
        json.Should().Contain("\"imports\"");
    }
}
