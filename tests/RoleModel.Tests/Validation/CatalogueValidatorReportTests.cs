using RoleModel.Validation;
using static RoleModel.Tests.Infrastructure.Make;
using static RoleModel.Tests.Infrastructure.TestCatalogues;

namespace RoleModel.Tests.Validation;

/// <summary>A validation run reports every problem of a catalogue at once, not only the first.</summary>
public sealed class CatalogueValidatorReportTests
{
    [Fact]
    public void Validate_CatalogueWithSeveralProblems_ReportsThemAll()
    {
        var cdo = Cdo();
        var broken = cdo.WithRequirements(cdo.Requirements.SetItem(0, new CompetencyRequirement("ghost", Level("e-9"))));
        var catalogue = new Catalogue(
            [Framework()],
            [broken, SmallTownCdo().WithTemplate(new RoleTemplate("cdo", ["nothing"])), Cdo(), new Role("loop", Text("Loop"), template: new RoleTemplate("loop"))],
            [new Person("p-1", assignments: [new RoleAssignment("mayor", new NodaTime.LocalDate(2025, 1, 1))])]);

        var report = catalogue.Validate();

        report.IsValid.Should().BeFalse();
        report.Problems.Select(p => (p.Code, p.Path)).Should().BeEquivalentTo(new[]
        {
            (ProblemCodes.DuplicateId, "$.roles[2].id"),
            (ProblemCodes.UnresolvedReference, "$.roles[0].requirements[0].competency"),
            (ProblemCodes.UnknownLevel, "$.roles[0].requirements[0].level"),
            (ProblemCodes.UnresolvedReference, "$.roles[1].template.removeRequirements[0]"),
            (ProblemCodes.TemplateCycle, "$.roles[3].template.role"),
            (ProblemCodes.UnresolvedReference, "$.people[0].assignments[0].role"),
        });
        report.Errors.Should().HaveCount(6);
        report.Warnings.Should().BeEmpty();
    }
}
