using RoleModel.Tests.Infrastructure;
using RoleModel.Validation;
using static RoleModel.Tests.Infrastructure.Make;
using static RoleModel.Tests.Infrastructure.TestCatalogues;
using static RoleModel.Tests.Validation.CatalogueVariants;

namespace RoleModel.Tests.Validation;

/// <summary>The rules of <see cref="Catalogue.Validate()"/> on identifiers, cycles and area shares: each broken once in an otherwise valid municipal catalogue.</summary>
public sealed class CatalogueValidatorTests
{
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
    public void Validate_SelfDerivation_IsACycle() =>
        WithRoles(Cdo(), new Role("self", Text("Self"), template: new RoleTemplate("self"))).Validate()
            .ShouldReportOnly(ProblemCodes.TemplateCycle, "$.roles[1].template.role", "The template derivation of role 'self' forms a cycle: self → self.");

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
}
