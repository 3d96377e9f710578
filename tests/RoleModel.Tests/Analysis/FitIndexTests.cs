using RoleModel.Analysis;
using static RoleModel.Tests.Analysis.AnalysisSample;

namespace RoleModel.Tests.Analysis;

public class FitIndexTests
{
    private static readonly FitIndex Index = new(Sample, Day, WithMapping);

    private static Person Twin(string id) => new(id, [Assess("change", Ecf("e-2"), new(2025, 1, 1))]);

    [Fact]
    public void RankPeople_Sample_ScoreDescending()
    {
        var hits = Index.RankPeople("digitalisation-officer", 10);

        hits.Select(h => h.PersonId).Should().Equal("ben", "anna", "chris");
        hits.Select(h => h.Score).Should().Equal([1.0, 0.9, 0.0], (a, b) => Math.Abs(a - b) < 1e-12);
        hits.Select(h => h.AllEssentialMet).Should().Equal(true, false, false);
        hits.Should().OnlyContain(h => h.RoleId == "digitalisation-officer" && h.Analysis == null);
    }

    [Fact]
    public void RankPeople_CountSmallerThanCandidates_KeepsTheBest()
    {
        Index.RankPeople("digitalisation-officer", 2).Select(h => h.PersonId).Should().Equal("ben", "anna");
    }

    [Fact]
    public void RankPeople_RequireAllEssential_KeepsOnlyThoseMeetingEveryEssential()
    {
        Index.RankPeople("digitalisation-officer", 10, requireAllEssential: true).Select(h => h.PersonId).Should().Equal("ben");
    }

    [Fact]
    public void RankPeople_EqualScores_OrderedByOrdinalIdentifier()
    {
        var index = new FitIndex(With([DigitalisationOfficer], [Twin("b"), Twin("a"), Twin("B"), Twin("c")]), Day);

        index.RankPeople("digitalisation-officer", 3).Select(h => h.PersonId).Should().Equal("B", "a", "b");
    }

    [Fact]
    public void RankPeople_IncludeAnalysis_HitsCarryTheGapAnalysis()
    {
        var hits = Index.RankPeople("digitalisation-officer", 2, includeAnalysis: true);

        hits[1].Analysis.Should().Be(FitAnalysis.Analyze(Sample, DigitalisationOfficer, Anna, Day, WithMapping));
        hits.Should().OnlyContain(h => h.Analysis!.Score == h.Score);
    }

    [Fact]
    public void RankRoles_Sample_ScoreDescending()
    {
        var hits = Index.RankRoles("anna", 5);

        hits.Select(h => h.RoleId).Should().Equal("digitalisation-officer", "cdo");
        hits.Select(h => h.Score).Should().Equal([0.9, 0.8], (a, b) => Math.Abs(a - b) < 1e-12);
    }

    [Fact]
    public void RankRoles_EqualScores_OrderedByOrdinalIdentifier()
    {
        var roles = new[] { "z", "y", "x" }.Select(id => new Role(id, LocalizedText.Of("en", id), requirements: DigitalisationOfficer.Requirements));
        var index = new FitIndex(With(roles, [Ben]), Day);

        index.RankRoles("ben", 2).Select(h => h.RoleId).Should().Equal("x", "y");
    }

    [Fact]
    public void RankRoles_RequireAllEssential_FiltersRoles()
    {
        Index.RankRoles("ben", 5, requireAllEssential: true).Select(h => h.RoleId).Should().Equal("digitalisation-officer");
        Index.RankRoles("chris", 5, requireAllEssential: true).Should().BeEmpty();
    }

    [Fact]
    public void RankRoles_CandidateOutsideCatalogue_Ranked()
    {
        var candidate = new Person("candidate", [Assess("strategy", Ecf("e-5"), new(2026, 1, 1))]);

        var hits = Index.RankRoles(candidate, 1, includeAnalysis: true);

        hits.Single().RoleId.Should().Be("cdo");
        hits.Single().Analysis!.PersonId.Should().Be("candidate");
    }

    [Fact]
    public void Analyze_IdsOfTheCatalogue_SameAsFitAnalysis()
    {
        Index.Analyze("cdo", "anna").Should().Be(FitAnalysis.Analyze(Sample, Cdo, Anna, Day, WithMapping));
    }

    [Fact]
    public void Coverage_Sample_PeopleMeetingEachRequirement()
    {
        var report = Index.Coverage(["cdo", "digitalisation-officer"], ["anna", "ben", "chris"]);

        report.Requirements.Select(r => $"{r.RoleId}/{r.Requirement.Id}={string.Join(",", r.PersonIds)}").Should().Equal(
            "cdo/strategy=", "cdo/change=anna,ben", "cdo/communication=anna,chris", "cdo/data-governance=", "cdo/delivery=anna,ben",
            "digitalisation-officer/project-management=ben", "digitalisation-officer/change=anna,ben", "digitalisation-officer/procurement=anna,ben");
    }

    [Fact]
    public void Coverage_Sample_SinglePointsOfFailure()
    {
        var report = Index.Coverage(["cdo", "digitalisation-officer"], ["anna", "ben", "chris"]);

        report.SinglePointsOfFailure.Select(r => r.ToString()).Should().Equal("digitalisation-officer/project-management: 1");
    }

    [Fact]
    public void Coverage_Sample_CompetencyMetOnlyWhenEveryRequirementNamingItIsMet()
    {
        var report = Index.Coverage(["cdo", "digitalisation-officer"], ["anna", "ben", "chris"]);

        report.Competencies.Select(c => $"{c.CompetencyId}={string.Join(",", c.PersonIds)}").Should().Equal(
            "strategy=", "change=anna,ben", "communication=anna,chris", "data-governance=", "project-management=ben", "procurement=anna");
    }

    [Fact]
    public void Coverage_Sample_BenchStrength()
    {
        var report = Index.Coverage(["cdo", "digitalisation-officer"], ["anna", "ben", "chris"]);

        report.Roles.Select(r => (r.RoleId, r.Strength)).Should().Equal(("cdo", 0), ("digitalisation-officer", 1));
        report.Roles[1].PersonIds.Should().Equal("ben");
    }

    [Fact]
    public void RankPeople_OnlyRequirementsWithoutLevels_AnyValidAssessmentCounts()
    {
        var esco = new Role("esco", LocalizedText.Of("en", "ESCO occupation"), requirements: [new("strategy"), new("change", importance: RequirementImportance.Optional)]);
        var index = new FitIndex(With([esco], [Anna, Ben, Chris]), Day);

        var hits = index.RankPeople("esco", 3);

        hits.Select(h => h.PersonId).Should().Equal("anna", "ben", "chris");
        hits.Select(h => h.Score).Should().Equal([1.0, 0.2, 0.0], (a, b) => Math.Abs(a - b) < 1e-12);
        index.RankRoles("anna", 1).Single().Score.Should().Be(1.0);
    }

    [Fact]
    public void RankPeople_BadArguments_Throw()
    {
        FluentActions.Invoking(() => Index.RankPeople(null!, 1)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => Index.RankPeople("nobody", 1))
            .Should().Throw<ArgumentException>().WithMessage("The role 'nobody' must be a role of the catalogue.*");
        FluentActions.Invoking(() => Index.RankPeople("cdo", 0))
            .Should().Throw<ArgumentOutOfRangeException>().WithMessage("The number of hits must be positive.*");
    }

    [Fact]
    public void RankRoles_BadArguments_Throw()
    {
        FluentActions.Invoking(() => Index.RankRoles((string)null!, 1)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => Index.RankRoles((Person)null!, 1)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => Index.RankRoles("nobody", 1))
            .Should().Throw<ArgumentException>().WithMessage("The person 'nobody' must be a person of the catalogue.*");
        FluentActions.Invoking(() => Index.RankRoles("anna", -1)).Should().Throw<ArgumentOutOfRangeException>();
    }

    [Fact]
    public void Analyze_UnknownIds_Throw()
    {
        FluentActions.Invoking(() => Index.Analyze("nobody", "anna")).Should().Throw<ArgumentException>().WithParameterName("roleId");
        FluentActions.Invoking(() => Index.Analyze("cdo", "nobody")).Should().Throw<ArgumentException>().WithParameterName("personId");
    }

    [Fact]
    public void Coverage_BadArguments_Throw()
    {
        FluentActions.Invoking(() => Index.Coverage(null!, ["anna"])).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => Index.Coverage(["cdo"], ["anna", "anna"])).Should().Throw<ArgumentException>();
        FluentActions.Invoking(() => Index.Coverage(["nobody"], ["anna"])).Should().Throw<ArgumentException>().WithParameterName("roleIds");
    }

    [Fact]
    public void Constructor_NullCatalogue_Throws()
    {
        FluentActions.Invoking(() => new FitIndex(null!, Day)).Should().Throw<ArgumentNullException>();
    }

    [Fact]
    public void Constructor_MissingTemplate_ThrowsInvalidOperation()
    {
        var orphan = new Role("orphan", LocalizedText.Of("en", "Orphan"), template: new RoleTemplate("gone"));

        FluentActions.Invoking(() => new FitIndex(With([orphan], []), Day)).Should().Throw<InvalidOperationException>();
    }
}
