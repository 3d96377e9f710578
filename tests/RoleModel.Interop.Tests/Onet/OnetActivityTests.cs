using RoleModel.Interop.Onet;
using RoleModel.Validation;

namespace RoleModel.Interop.Tests.Onet;

/// <summary>The Detailed Work Activities: O*NET 29.3 counts, and small releases for broken input.</summary>
public sealed class OnetActivityTests(OnetFixture fixture) : IClassFixture<OnetFixture>, IDisposable
{
    private const string Iwa = "Element ID\tElement Name\tIWA ID\tIWA Title";
    private const string Dwa = "Element ID\tElement Name\tIWA ID\tIWA Title\tDWA ID\tDWA Title";
    private const string Links = "O*NET-SOC Code\tTitle\tTask ID\tTask\tDWA ID\tDWA Title\tDate\tDomain Source";
    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    [DataFact("onet", "29.3", "tsv")]
    public void Import_Release293_EveryActivityAndLinkIsKept()
    {
        var activities = fixture.Result.ActivityFramework!;
        var tasks = fixture.Result.Tasks.Values.SelectMany(t => t).ToList();

        fixture.Result.RowsRead.Should().Contain(new Dictionary<string, long>
        {
            ["IWA Reference.tsv"] = 332, ["DWA Reference.tsv"] = 2_087, ["Tasks to DWAs.tsv.gz"] = 23_233,
        });
        activities.Id.Should().Be(OnetImporter.ActivityFrameworkId);
        activities.Competencies.Should().HaveCount(15 + 37 + 332 + 2_087).And.OnlyContain(c => c.Kind == OnetImporter.ActivityKind);
        tasks.Sum(t => t.Uses.Length).Should().Be(23_233);
        tasks.Count(t => t.Uses.Length > 0).Should().Be(18_495);
    }

    [DataFact("onet", "29.3", "tsv")]
    public void Import_Release293_LinksDwaToIwaToElementAndTaskToDwa()
    {
        var activities = fixture.Result.ActivityFramework!;
        var task = fixture.Result.Tasks["11-1011.00"].Single(t => t.Id == "20461");

        activities.GetAncestors("4.A.2.a.4.I09.D03").Select(c => c.Id).Should().Equal("4.A.2.a.4.I09", "4.A.2.a.4", "4.A.2.a", "4.A.2", "4.A", "4");
        activities.FindCompetency("4.A.2.a.4.I09.D03")!.Name.Entries.Single().Value.Should().Be("Analyze impact of legal or regulatory changes.");
        task.Uses.Select(u => u.CompetencyId).Should().Equal("4.A.2.a.4.I09.D03", "4.A.4.b.6.I08.D04");
        task.Uses[0].Extensions.Members.Single(m => m.Key == "onet:date").Value.GetString().Should().Be("07/2014");
        task.Uses[0].Extensions.Members.Single(m => m.Key == "onet:domainSource").Value.GetString().Should().Be("Analyst");
    }

    [Fact]
    public void Import_SmallRelease_LinksTasksAndWarnsAboutUnknownLinks()
    {
        WriteSmallRelease(
            "11-1011.00\tChief Executives\t1\tUse.\t4.A.1.a.1.I01.D01\tReview.\t07/2014\tAnalyst",
            "11-1011.00\tChief Executives\t1\tUse.\t4.A.1.a.1.I01.D01\tReview.\t07/2014\tAnalyst",
            "11-1011.00\tChief Executives\t1\tUse.\t4.A.9.D99\tUnknown.\t07/2014\tAnalyst",
            "11-1011.00\tChief Executives\t7\tUse.\t4.A.1.a.1.I01.D01\tReview.\t07/2014\tAnalyst",
            "99-9999.00\tNobody\t1\tUse.\t4.A.1.a.1.I01.D01\tReview.\t07/2014\tAnalyst");

        var result = OnetImporter.Import(folder.Path);

        result.Problems.Select(p => (p.Severity, p.Line)).Should().Equal(
            (ProblemSeverity.Warning, 3L), (ProblemSeverity.Warning, 4L), (ProblemSeverity.Warning, 5L), (ProblemSeverity.Warning, 6L));
        result.Problems[1].Message.Should().Contain("'4.A.9.D99' is not a DWA of DWA Reference");
        result.Tasks["11-1011.00"].Single().Uses.Select(u => u.CompetencyId).Should().Equal("4.A.1.a.1.I01.D01");
        result.ActivityFramework!.Competencies.Select(c => c.Id).Should().Equal("4.A.1.a.1", "4.A.1.a.1.I01", "4.A.1.a.1.I01.D01");
        result.Catalogue!.Validate().IsValid.Should().BeTrue();
    }

    [Fact]
    public void Import_DwaReferenceWithoutTheOtherFiles_IsAnError()
    {
        WriteSmallRelease();
        File.Delete(Path.Combine(folder.Path, "Tasks to DWAs.tsv"));
        folder.Write("IWA Reference.tsv", Iwa, "4.A.1.a.1\tGetting Information\t\tStudy.");

        var result = OnetImporter.Import(folder.Path);

        result.Succeeded.Should().BeFalse();
        result.Problems.Select(p => p.ToString()).Should().Equal(
            "IWA Reference.tsv(2): error: The IWA ID is empty.",
            "DWA Reference.tsv(2): warning: The DWA 4.A.1.a.1.I01.D01 was left out: its IWA '4.A.1.a.1.I01' is not in IWA Reference.",
            $"Tasks to DWAs.xlsx: error: The file is missing from '{folder.Path}' (also looked for Tasks to DWAs.tsv[.gz] and Tasks to DWAs.txt).");
    }

    [Fact]
    public void Import_WithoutDwaReference_HasNoActivityFramework()
    {
        WriteSmallRelease();
        File.Delete(Path.Combine(folder.Path, "DWA Reference.tsv"));

        var result = OnetImporter.Import(folder.Path);

        result.Problems.Should().BeEmpty();
        result.ActivityFramework.Should().BeNull();
        result.Catalogue!.Frameworks.Should().ContainSingle();
    }

    private void WriteSmallRelease(params string[] links)
    {
        folder.Write("Occupation Data.tsv", "O*NET-SOC Code\tTitle\tDescription", "11-1011.00\tChief Executives\tDirect.");
        folder.Write("Job Zones.tsv", "O*NET-SOC Code\tTitle\tJob Zone", "11-1011.00\tChief Executives\t5");
        folder.Write("Skills.tsv", "O*NET-SOC Code\tTitle\tElement ID\tElement Name\tScale ID\tScale Name\tData Value",
            "11-1011.00\tChief Executives\t2.A.1.a\tReading\tIM\tImportance\t2.5");
        folder.Write("Knowledge.tsv", "O*NET-SOC Code\tTitle\tElement ID\tElement Name\tScale ID\tScale Name\tData Value",
            "11-1011.00\tChief Executives\t2.C.1.a\tAdministration\tIM\tImportance\t4");
        folder.Write("Task Statements.tsv", "O*NET-SOC Code\tTitle\tTask ID\tTask", "11-1011.00\tChief Executives\t1\tUse.");
        folder.Write("IWA Reference.tsv", Iwa, "4.A.1.a.1\tGetting Information\t4.A.1.a.1.I01\tStudy.");
        folder.Write("DWA Reference.tsv", Dwa, "4.A.1.a.1\tGetting Information\t4.A.1.a.1.I01\tStudy.\t4.A.1.a.1.I01.D01\tReview.");
        folder.Write("Tasks to DWAs.tsv", [Links, .. links]);
    }
}
