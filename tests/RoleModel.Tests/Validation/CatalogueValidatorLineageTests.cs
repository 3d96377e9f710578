using NodaTime;
using RoleModel.History;
using RoleModel.Tests.Infrastructure;
using RoleModel.Validation;

namespace RoleModel.Tests.Validation;

/// <summary>The rules of the catalogue's lineage facts: references resolve, listed tasks exist, no fact twice.</summary>
public sealed class CatalogueValidatorLineageTests
{
    private static readonly LocalDate Day = new(2023, 9, 1);

    private static readonly Role[] Roles = [new("cdo", LocalizedText.Of("en", "CDO")), new("data-officer", LocalizedText.Of("en", "Data officer"))];

    private static readonly RoleHistory DataOfficer = new(Roles[1],
        [RoleChange.AddTask("do-1", Day, Instant.FromUtc(2023, 8, 1, 0, 0), "hr", new RoleTask("catalogue", LocalizedText.Of("en", "Data catalogue"), 50))]);

    private static ValidationReport Validate(params RoleLineage[] lineage) => new Catalogue(roles: Roles, histories: [DataOfficer], lineage: lineage).Validate();

    [Fact]
    public void Validate_ValidLineage_HasNoProblems() =>
        Validate(new RoleLineage("data-officer", RoleLineageKind.CreatedFrom, "cdo", Day, ["catalogue"])).IsValid.Should().BeTrue();

    [Fact]
    public void Validate_UnknownRole_IsReported() =>
        Validate(new RoleLineage("ghost", RoleLineageKind.CreatedFrom, "cdo", Day))
            .ShouldReportOnly(ProblemCodes.UnresolvedReference, "$.lineage[0].role", "The lineage names role 'ghost', which does not exist.");

    [Fact]
    public void Validate_UnknownSource_IsReported() =>
        Validate(new RoleLineage("data-officer", RoleLineageKind.SplitFrom, "mayor", Day))
            .ShouldReportOnly(ProblemCodes.UnresolvedReference, "$.lineage[0].from", "The lineage of role 'data-officer' names the source role 'mayor', which does not exist.");

    [Fact]
    public void Validate_TaskTheRoleNeverHad_IsReported() =>
        Validate(new RoleLineage("data-officer", RoleLineageKind.CreatedFrom, "cdo", Day, ["catalogue", "portal"]))
            .ShouldReportOnly(ProblemCodes.UnresolvedReference, "$.lineage[0].tasks[1]", "The lineage of role 'data-officer' names task 'portal', which the role's history never mentions.");

    [Fact]
    public void Validate_SameFactTwice_IsReported() =>
        Validate(new RoleLineage("data-officer", RoleLineageKind.CreatedFrom, "cdo", Day), new RoleLineage("data-officer", RoleLineageKind.CreatedFrom, "cdo", Day))
            .ShouldReportOnly(ProblemCodes.DuplicateId, "$.lineage[1]", "The lineage fact 'data-officer createdFrom cdo on 2023-09-01' is recorded more than once.");
}
