using FsCheck;
using FsCheck.Xunit;
using RoleModel.Tests.Infrastructure;

namespace RoleModel.Tests;

public sealed class CompetencyFrameworkTests
{
    /// <summary>digital → {data, architecture}; data, architecture → cloud (cloud has two broader: a poly-hierarchy);
    /// cloud → cloud-security; law stands alone.</summary>
    private static CompetencyFramework PolyHierarchy() => Framework(
        ("digital", []), ("data", ["digital"]), ("architecture", ["digital"]), ("cloud", ["data", "architecture"]),
        ("cloud-security", ["cloud"]), ("law", []));

    private static CompetencyFramework Framework(params (string Id, string[] Broader)[] competencies) =>
        new("fw", Make.Text("Framework"), competencies: competencies.Select(c => new Competency(c.Id, CompetencyKind.Skill, Make.Text(c.Id), broaderIds: c.Broader)));

    private static CompetencyFramework Create(
        string id = "fw", string name = "Framework", string? version = "1.0", string description = "About",
        ProficiencyScale[]? scales = null, Competency[]? competencies = null, ExtensionData? extensions = null) =>
        new(id, Make.Text(name), scales ?? [ProficiencyScale.CreateEcfStyle()],
            competencies ?? [new Competency("a", CompetencyKind.Skill, Make.Text("A"))], version, Make.Text(description), extensions);

    [Fact]
    public void GetChildren_ReturnsDirectNarrowerInFrameworkOrder()
    {
        var framework = PolyHierarchy();

        Ids(framework.GetChildren("digital")).Should().Equal("data", "architecture");
        Ids(framework.GetChildren("cloud-security")).Should().BeEmpty();
        Ids(framework.GetChildren("unknown")).Should().BeEmpty();
    }

    [Fact]
    public void GetAncestors_FollowsEveryBroaderLink_NearestFirst_EachOnce() =>
        Ids(PolyHierarchy().GetAncestors("cloud-security")).Should().Equal("cloud", "data", "architecture", "digital");

    [Fact]
    public void GetDescendants_ReturnsAllNarrower_NearestFirst_EachOnce() =>
        Ids(PolyHierarchy().GetDescendants("digital")).Should().Equal("data", "architecture", "cloud", "cloud-security");

    [Fact]
    public void HierarchyQueries_OnUnknownOrIsolatedCompetency_AreEmpty()
    {
        var framework = PolyHierarchy();

        framework.GetAncestors("unknown").Should().BeEmpty();
        framework.GetDescendants("unknown").Should().BeEmpty();
        framework.GetAncestors("law").Should().BeEmpty();
        framework.GetDescendants("law").Should().BeEmpty();
    }

    [Fact]
    public void HierarchyQueries_OnCycle_TerminateAndVisitEachOnce()
    {
        var cyclic = Framework(("a", ["c"]), ("b", ["a"]), ("c", ["b"]), ("d", ["d"]));

        Ids(cyclic.GetAncestors("a")).Should().Equal("c", "b");
        Ids(cyclic.GetDescendants("a")).Should().Equal("b", "c");
        Ids(cyclic.GetAncestors("d")).Should().BeEmpty();
        Ids(cyclic.GetChildren("d")).Should().Equal("d");
    }

    [Fact]
    public void GetAncestors_SkipsBroaderIdsOutsideTheFramework() =>
        Ids(Framework(("a", ["elsewhere", "b"]), ("b", [])).GetAncestors("a")).Should().Equal("b");

    [Fact]
    public void FindCompetencyAndScale_ReturnFirstOrNull()
    {
        var first = new Competency("a", CompetencyKind.Skill, Make.Text("first"));
        var framework = Create(competencies: [first, new Competency("a", CompetencyKind.Skill, Make.Text("second"))]);

        framework.FindCompetency("a").Should().BeSameAs(first);
        framework.FindCompetency("A").Should().BeNull();
        framework.FindScale("e-cf").Should().BeSameAs(framework.Scales[0]);
        framework.FindScale("sfia").Should().BeNull();
    }

    [Fact]
    public void Lookups_WithNullId_Throw()
    {
        var framework = Create();
        FluentActions.Invoking(() => framework.FindCompetency(null!)).Should().Throw<ArgumentNullException>().WithParameterName("id");
        FluentActions.Invoking(() => framework.FindScale(null!)).Should().Throw<ArgumentNullException>().WithParameterName("id");
        FluentActions.Invoking(() => framework.GetChildren(null!)).Should().Throw<ArgumentNullException>().WithParameterName("id");
        FluentActions.Invoking(() => framework.GetAncestors(null!)).Should().Throw<ArgumentNullException>().WithParameterName("id");
        FluentActions.Invoking(() => framework.GetDescendants(null!)).Should().Throw<ArgumentNullException>().WithParameterName("id");
    }

    [Fact]
    public void Constructor_DefaultsOptionalMembers()
    {
        var framework = new CompetencyFramework("fw", Make.Text("x"));

        framework.Version.Should().BeNull();
        framework.Scales.Should().BeEmpty();
        framework.Competencies.Should().BeEmpty();
        framework.Description.Should().Be(LocalizedText.Empty);
        framework.ToString().Should().Be("fw");
    }

    [Theory]
    [InlineData("")]
    [InlineData(" 1.0")]
    public void Constructor_WithBlankOrPaddedVersion_Throws(string version) =>
        FluentActions.Invoking(() => Create(version: version)).Should().Throw<ArgumentException>().WithMessage("The version must not *white space.*").WithParameterName("version");

    [Fact]
    public void Constructor_WithNullCompetency_Throws() =>
        FluentActions.Invoking(() => Create(competencies: [null!])).Should().Throw<ArgumentException>().WithMessage("The competencies must not contain null elements.*");

    [Fact]
    public void Constructor_WithNullName_Throws() =>
        FluentActions.Invoking(() => new CompetencyFramework("fw", null!)).Should().Throw<ArgumentNullException>().WithMessage("The name must not be null.*");

    [Theory]
    [InlineData(null)]
    [InlineData(" ")]
    [InlineData("fw\t")]
    public void Constructor_WithInvalidId_Throws(string? id) =>
        FluentActions.Invoking(() => Create(id: id!)).Should().Throw<ArgumentException>().WithMessage("The id must not *").WithParameterName("id");

    [Fact]
    public void Equals_FollowsContract_AndEachMemberMatters() =>
        EqualityAssert.Contract(
            Create(),
            Create(),
            Create(id: "other"),
            Create(name: "Other"),
            Create(version: "2.0"),
            Create(version: null),
            Create(description: "Other"),
            Create(scales: [ProficiencyScale.CreateSfiaStyle()]),
            Create(competencies: []),
            Create(extensions: Make.Extensions("x-publisher")));

    [Property]
    public bool HierarchyQueries_OnAnyGraph_AreMirrorImages(PositiveInt count, int[] links)
    {
        var size = (count.Get % 8) + 1;
        var broader = Enumerable.Range(0, size).Select(_ => new HashSet<string>()).ToArray();
        for (var i = 0; i + 1 < links.Length; i += 2)
        {
            broader[Math.Abs(links[i] % size)].Add($"c{Math.Abs(links[i + 1] % size)}");
        }

        var framework = Framework([.. broader.Select((b, i) => ($"c{i}", b.ToArray()))]);
        var ids = Enumerable.Range(0, size).Select(i => $"c{i}").ToArray();
        return ids.All(a => ids.All(b =>
            Ids(framework.GetDescendants(a)).Contains(b) == Ids(framework.GetAncestors(b)).Contains(a)
            && Ids(framework.GetChildren(a)).Contains(b) == framework.FindCompetency(b)!.BroaderIds.Contains(a)
            && Ids(framework.GetAncestors(a)).Distinct().Count() == framework.GetAncestors(a).Length
            && !Ids(framework.GetDescendants(a)).Contains(a)));
    }

    private static IEnumerable<string> Ids(IEnumerable<Competency> competencies) => competencies.Select(c => c.Id);
}
