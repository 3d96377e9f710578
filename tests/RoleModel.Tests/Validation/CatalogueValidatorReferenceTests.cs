using NodaTime;
using RoleModel.Tests.Infrastructure;
using RoleModel.Validation;
using static RoleModel.Tests.Infrastructure.Make;
using static RoleModel.Tests.Infrastructure.TestCatalogues;
using static RoleModel.Tests.Validation.CatalogueVariants;

namespace RoleModel.Tests.Validation;

/// <summary>The reference rules of <see cref="Catalogue.Validate()"/> (RM102, RM103): each broken once in an otherwise valid municipal catalogue.</summary>
public sealed class CatalogueValidatorReferenceTests
{
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
