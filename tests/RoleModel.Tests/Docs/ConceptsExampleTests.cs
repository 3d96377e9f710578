using RoleModel.Validation;

namespace RoleModel.Tests.Docs;

/// <summary>The worked example of docs/concepts.md, kept compiling and true.</summary>
public sealed class ConceptsExampleTests
{
    private static readonly ProficiencyScale Ecf = ProficiencyScale.CreateEcfStyle();

    private static readonly CompetencyFramework Framework = new(
        "municipal-digital", LocalizedText.Of("en", "Municipal digital competencies"),
        scales: [Ecf],
        competencies:
        [
            new("strategy", CompetencyKind.Skill, LocalizedText.Of("en", "Digital strategy")),
            new("change", CompetencyKind.Skill, LocalizedText.Of("en", "Change management")),
            new("data-governance", CompetencyKind.Knowledge, LocalizedText.Of("en", "Data governance"), broaderIds: ["strategy"]),
            new("procurement", CompetencyKind.Knowledge, LocalizedText.Of("en", "Public IT procurement")),
        ]);

    private static readonly Role Cdo = new(
        "cdo",
        new LocalizedText([new("de", "Chief Digital Officer"), new("en", "Chief Digital Officer")]),
        RoleOpenness.Open(new ShareRange(30, 80)),
        purpose: LocalizedText.Of("en", "Drive the digital transformation of the municipality."),
        outcomes: [LocalizedText.Of("en", "Citizens can handle the top 20 services online.")],
        requirements:
        [
            new("strategy", new LevelReference("e-cf", "e-4")),
            new("change", new LevelReference("e-cf", "e-3")),
            new("data-governance", new LevelReference("e-cf", "e-3"), RequirementImportance.Optional),
        ],
        areas:
        [
            new("strategy", LocalizedText.Of("en", "Strategy"), new ShareRange(20, 50)),
            new("projects", LocalizedText.Of("en", "Projects"), new ShareRange(20, 60)),
        ]);

    private static readonly Role SmallTownCdo = new(
        "cdo-small-town", LocalizedText.Of("en", "CDO (small town)"),
        RoleOpenness.Open(new ShareRange(20, 80)),
        requirements: [new("procurement", new LevelReference("e-cf", "e-2"))],
        template: new RoleTemplate("cdo", removedRequirementIds: ["data-governance"]));

    private static readonly Catalogue Catalogue = new([Framework], [Cdo, SmallTownCdo]);

    [Fact]
    public void Catalogue_IsValid() => Catalogue.Validate().Problems.Should().BeEmpty();

    [Fact]
    public void Resolve_SmallTownCdo_InheritsAllButTheRemovedRequirement() =>
        Catalogue.Resolve(SmallTownCdo).Requirements.Select(r => r.Id).Should().Equal("strategy", "change", "procurement");

    [Fact]
    public void Validate_DayWithinBounds_IsValid() =>
        Catalogue.Validate(Day(selfFoundShare: 40)).Problems.Should().BeEmpty();

    [Fact]
    public void Validate_SelfFoundWorkAboveBounds_ReportsRM108() =>
        Catalogue.Validate(Day(selfFoundShare: 85, roadmapShare: 10, steeringShare: 5)).Errors
            .Should().ContainSingle().Which.Code.Should().Be(ProblemCodes.SelfDirectedShareOutOfBounds);

    [Fact]
    public void Validate_SharesAbove100_ReportsRM107() =>
        Catalogue.Validate(Day(selfFoundShare: 60, roadmapShare: 30, steeringShare: 20)).Problems
            .Select(p => p.Code).Should().Contain(ProblemCodes.TaskSharesExceedTotal);

    private static RoleSnapshot Day(decimal selfFoundShare, decimal roadmapShare = 30, decimal steeringShare = 20) =>
        new(Cdo, new TaskProfile(
        [
            new RoleTask("roadmap", LocalizedText.Of("en", "Digital roadmap"), roadmapShare, areaId: "strategy"),
            new RoleTask("open-data", LocalizedText.Of("en", "Open-data portal"), selfFoundShare, TaskOrigin.SelfInitiated,
                areaId: "projects", uses: [new CompetencyUse("data-governance", new LevelReference("e-cf", "e-3"))]),
            new RoleTask("steering", LocalizedText.Of("en", "Steering committee"), steeringShare, areaId: "strategy"),
        ]));
}
