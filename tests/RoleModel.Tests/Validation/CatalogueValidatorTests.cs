using NodaTime;
using RoleModel.Tests.Infrastructure;
using RoleModel.Validation;
using static RoleModel.Tests.Infrastructure.Make;
using static RoleModel.Tests.Infrastructure.TestCatalogues;

namespace RoleModel.Tests.Validation;

/// <summary>The rules of <see cref="Catalogue.Validate()"/>: each broken once in an otherwise valid municipal catalogue.</summary>
public sealed class CatalogueValidatorTests
{
    private static CompetencyFramework FrameworkWith(params Competency[] extra)
    {
        var framework = Framework();
        return new(framework.Id, framework.Name, framework.Scales, [.. framework.Competencies, .. extra], framework.Version);
    }

    private static Competency Skill(string id, params string[] broader) => new(id, CompetencyKind.Skill, Text(id), broaderIds: broader);

    private static Role CdoWithRequirement(int index, CompetencyRequirement requirement)
    {
        var cdo = Cdo();
        return cdo.WithRequirements(cdo.Requirements.SetItem(index, requirement));
    }

    private static Catalogue WithRoles(params Role[] roles) => new([Framework()], roles, [Holder()]);

    private static Catalogue WithPerson(Person person) => new([Framework()], [Cdo(), SmallTownCdo()], [person]);

    [Fact]
    public void Validate_MunicipalCatalogue_ReportsNothing()
    {
        var report = Municipal().Validate();

        report.Problems.Should().BeEmpty();
        report.IsValid.Should().BeTrue();
    }

    [Fact]
    public void Validate_DuplicateFrameworkId_IsReportedOnTheSecond() =>
        new Catalogue([Framework(), new CompetencyFramework("muni-digital", Text("Copy"))], [Cdo()]).Validate()
            .ShouldReportOnly(ProblemCodes.DuplicateId, "$.frameworks[1].id", "The framework identifier 'muni-digital' is used more than once.");

    [Fact]
    public void Validate_DuplicateScaleIdAcrossFrameworks_IsReported() =>
        new Catalogue([Framework(), new CompetencyFramework("other", Text("Other"), [ProficiencyScale.CreateSfiaStyle("ecf")])]).Validate()
            .ShouldReportOnly(ProblemCodes.DuplicateId, "$.frameworks[1].scales[0].id", "The scale identifier 'ecf' is used more than once.");

    [Fact]
    public void Validate_DuplicateCompetencyIdAcrossFrameworks_IsReported() =>
        new Catalogue([Framework(), new CompetencyFramework("other", Text("Other"), competencies: [Skill("x"), Skill("change-management")])]).Validate()
            .ShouldReportOnly(ProblemCodes.DuplicateId, "$.frameworks[1].competencies[1].id", "The competency identifier 'change-management' is used more than once.");

    [Fact]
    public void Validate_DuplicateRoleId_IsReported() =>
        WithRoles(Cdo(), SmallTownCdo(), Cdo()).Validate()
            .ShouldReportOnly(ProblemCodes.DuplicateId, "$.roles[2].id", "The role identifier 'cdo' is used more than once.");

    [Fact]
    public void Validate_DuplicatePersonId_IsReported() =>
        new Catalogue([Framework()], [Cdo()], [Holder(), new Person("p-0001")]).Validate()
            .ShouldReportOnly(ProblemCodes.DuplicateId, "$.people[1].id", "The person identifier 'p-0001' is used more than once.");

    [Fact]
    public void Validate_DuplicateRequirementIdInRole_IsReported() =>
        WithRoles(Cdo(), SmallTownCdo().WithRequirements([new CompetencyRequirement("change-management"), new CompetencyRequirement("change-management", Level("e-1"))]))
            .Validate()
            .ShouldReportOnly(ProblemCodes.DuplicateId, "$.roles[1].requirements[1].id", "The requirement identifier 'change-management' is used more than once.");

    [Fact]
    public void Validate_DuplicateAreaIdInRole_IsReported() =>
        WithRoles(Cdo().WithAreas([.. Cdo().Areas, new ResponsibilityArea("strategy", Text("Again"), ShareRange.None)]), SmallTownCdo()).Validate()
            .ShouldReportOnly(ProblemCodes.DuplicateId, "$.roles[0].areas[3].id", "The responsibility area identifier 'strategy' is used more than once.");

    [Fact]
    public void Validate_UnknownBroaderCompetency_IsReported() =>
        new Catalogue([FrameworkWith(Skill("gis", "digital-strategy", "geodata"))]).Validate()
            .ShouldReportOnly(ProblemCodes.UnresolvedReference, "$.frameworks[0].competencies[5].broader[1]", "The competency 'geodata' does not exist in any framework of the catalogue.");

    [Fact]
    public void Validate_UnknownRequiredCompetency_IsReported() =>
        WithRoles(CdoWithRequirement(1, new CompetencyRequirement("ghost")), SmallTownCdo()).Validate()
            .ShouldReportOnly(ProblemCodes.UnresolvedReference, "$.roles[0].requirements[1].competency", "The competency 'ghost' does not exist in any framework of the catalogue.");

    [Fact]
    public void Validate_UnknownCompetencyInRequirementGroup_IsReportedAtItsAnyOfIndex() =>
        WithRoles(Cdo(), SmallTownCdo().WithRequirements([new CompetencyRequirement("change-management", ["change-management", "ghost"])])).Validate()
            .ShouldReportOnly(ProblemCodes.UnresolvedReference, "$.roles[1].requirements[0].anyOf[1]", "The competency 'ghost' does not exist in any framework of the catalogue.");

    [Fact]
    public void Validate_UnknownScaleInRequirement_IsReported() =>
        WithRoles(CdoWithRequirement(0, new CompetencyRequirement("digital-strategy", new LevelReference("sfia", "5"))), SmallTownCdo()).Validate()
            .ShouldReportOnly(ProblemCodes.UnresolvedReference, "$.roles[0].requirements[0].scale", "The proficiency scale 'sfia' does not exist in any framework of the catalogue.");

    [Fact]
    public void Validate_UnknownLevelInRequirement_IsReported() =>
        WithRoles(CdoWithRequirement(2, new CompetencyRequirement("data-or-architecture", ["data-governance", "it-architecture"], Level("e-9"))), SmallTownCdo()).Validate()
            .ShouldReportOnly(ProblemCodes.UnknownLevel, "$.roles[0].requirements[2].level", "The level 'e-9' is not a level of scale 'ecf' (levels: e-1, e-2, e-3, e-4, e-5).");

    [Fact]
    public void Validate_UnknownTemplate_IsReported() =>
        WithRoles(Cdo(), SmallTownCdo().WithTemplate(new RoleTemplate("cdo-large"))).Validate()
            .ShouldReportOnly(ProblemCodes.UnresolvedReference, "$.roles[1].template.role", "Role 'cdo-small-town' derives from role 'cdo-large', which does not exist.");

    [Fact]
    public void Validate_RemovalOfUnknownRequirement_IsReported() =>
        WithRoles(Cdo(), SmallTownCdo().WithTemplate(new RoleTemplate("cdo", ["procurement-law", "ghost"], ["governance"]))).Validate()
            .ShouldReportOnly(ProblemCodes.UnresolvedReference, "$.roles[1].template.removeRequirements[1]", "Role 'cdo-small-town' removes requirement 'ghost', which its template 'cdo' does not have.");

    [Fact]
    public void Validate_RemovalOfUnknownArea_IsReported() =>
        WithRoles(Cdo(), SmallTownCdo().WithTemplate(new RoleTemplate("cdo", ["procurement-law"], ["it-operations"]))).Validate()
            .ShouldReportOnly(ProblemCodes.UnresolvedReference, "$.roles[1].template.removeAreas[0]", "Role 'cdo-small-town' removes responsibility area 'it-operations', which its template 'cdo' does not have.");

    [Fact]
    public void Validate_RemovalOfRequirementInheritedFromFurtherUp_IsAccepted()
    {
        var village = new Role("village", Text("Village"), template: new RoleTemplate("cdo-small-town", ["digital-strategy"], ["strategy"]));

        WithRoles(Cdo(), SmallTownCdo(), village).Validate().Problems.Should().BeEmpty();
    }

    [Fact]
    public void Validate_BroaderCycle_IsReportedOnceWithTheCycle() =>
        new Catalogue([FrameworkWith(Skill("a", "b"), Skill("b", "a"))]).Validate()
            .ShouldReportOnly(ProblemCodes.BroaderCycle, "$.frameworks[0].competencies[6].broader[0]", "The broader links of competency 'b' form a cycle: a → b → a.");

    [Fact]
    public void Validate_BroaderSelfLink_IsACycle() =>
        new Catalogue([FrameworkWith(Skill("self", "digital-strategy", "self"))]).Validate()
            .ShouldReportOnly(ProblemCodes.BroaderCycle, "$.frameworks[0].competencies[5].broader[1]", "The broader links of competency 'self' form a cycle: self → self.");

    [Fact]
    public void Validate_TemplateCycle_IsReportedOnceWithTheCycle() =>
        WithRoles(Cdo(), SmallTownCdo(), new Role("x", Text("X"), template: new RoleTemplate("y")), new Role("y", Text("Y"), template: new RoleTemplate("x"))).Validate()
            .ShouldReportOnly(ProblemCodes.TemplateCycle, "$.roles[3].template.role", "The template derivation of role 'y' forms a cycle: x → y → x.");

    [Fact]
    public void Validate_AreaMinimumsAbove100_AreReported() =>
        WithRoles(Cdo().WithAreas([.. Cdo().Areas, new ResponsibilityArea("events", Text("Events"), new ShareRange(60.5m, 70m))])).Validate()
            .ShouldReportOnly(ProblemCodes.AreaSharesExceedTotal, "$.roles[0].areas", "The minimum expected shares of the responsibility areas of role 'cdo' add up to 100.5 %, more than 100 %.");

    [Fact]
    public void Validate_AreaMinimumsAbove100OnlyWithInheritedAreas_AreReportedOnTheDerivedRole() =>
        WithRoles(Cdo(), SmallTownCdo().WithAreas([new ResponsibilityArea("it-operations", Text("IT operations"), new ShareRange(70m, 80m))])).Validate()
            .ShouldReportOnly(ProblemCodes.AreaSharesExceedTotal, "$.roles[1].areas", "The minimum expected shares of the responsibility areas of role 'cdo-small-town' add up to 110 %, more than 100 %.");

    [Fact]
    public void Validate_AreaMinimumsOfExactly100_AreAccepted() =>
        WithRoles(Cdo().WithAreas([.. Cdo().Areas, new ResponsibilityArea("events", Text("Events"), new ShareRange(60m, 70m))])).Validate()
            .Problems.Should().BeEmpty();

    [Fact]
    public void Validate_UnknownAssessedCompetency_IsReported() =>
        WithPerson(new Person("p-1", [new CompetencyAssessment("ghost", Level("e-2"), new LocalDate(2025, 1, 1), AssessmentSource.Self)])).Validate()
            .ShouldReportOnly(ProblemCodes.UnresolvedReference, "$.people[0].assessments[0].competency", "The competency 'ghost' does not exist in any framework of the catalogue.");

    [Fact]
    public void Validate_UnknownAssessedLevel_IsReported() =>
        WithPerson(new Person("p-1", [Holder().Assessments[0], new CompetencyAssessment("data-governance", Level("e-0"), new LocalDate(2025, 1, 1), AssessmentSource.Test)])).Validate()
            .ShouldReportOnly(ProblemCodes.UnknownLevel, "$.people[0].assessments[1].level", "The level 'e-0' is not a level of scale 'ecf' (levels: e-1, e-2, e-3, e-4, e-5).");

    [Fact]
    public void Validate_UnknownAssessedScale_IsReported() =>
        WithPerson(new Person("p-1", [new CompetencyAssessment("data-governance", new LevelReference("sfia", "3"), new LocalDate(2025, 1, 1), AssessmentSource.Test)])).Validate()
            .ShouldReportOnly(ProblemCodes.UnresolvedReference, "$.people[0].assessments[0].scale", "The proficiency scale 'sfia' does not exist in any framework of the catalogue.");

    [Fact]
    public void Validate_AssignmentToUnknownRole_IsReported() =>
        WithPerson(new Person("p-1", assignments: [new RoleAssignment("cdo", new LocalDate(2024, 1, 1)), new RoleAssignment("mayor", new LocalDate(2025, 1, 1))])).Validate()
            .ShouldReportOnly(ProblemCodes.UnresolvedReference, "$.people[0].assignments[1].role", "Person 'p-1' is assigned to role 'mayor', which does not exist.");
}
