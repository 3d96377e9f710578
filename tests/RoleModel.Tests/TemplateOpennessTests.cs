using RoleModel.Serialization;
using RoleModel.Tests.Infrastructure;
using RoleModel.Validation;

namespace RoleModel.Tests;

/// <summary>
/// A derived role takes its template's openness unless it states its own: in <see cref="Catalogue.Resolve"/>, in
/// validation (RM109, the self-directed bounds) and through JSON.
/// </summary>
public sealed class TemplateOpennessTests
{
    private static readonly RoleOpenness OpenTemplate = RoleOpenness.Open(new ShareRange(10m, 40m));

    private static Role Template() => new("municipal-cdo", Make.Text("Municipal CDO"), OpenTemplate);

    private static Role Derived(RoleOpenness? openness = null) =>
        new("town-cdo", Make.Text("Town CDO"), openness, template: new RoleTemplate("municipal-cdo"));

    private static Catalogue Catalogue(Role derived) => new(roles: [Template(), derived]);

    private static RoleSnapshot SelfInitiated(Role role, decimal share) =>
        new(role, new TaskProfile([new RoleTask("radar", Make.Text("Innovation radar"), share, origin: TaskOrigin.SelfInitiated)]));

    [Fact]
    public void Resolve_DerivedRoleStatingNone_TakesTheTemplatesOpenness()
    {
        var derived = Derived();

        derived.OwnOpenness.Should().BeNull();
        Catalogue(derived).Resolve(derived).Openness.Should().Be(OpenTemplate);
    }

    [Fact]
    public void Resolve_DerivedRoleStatingItsOwn_KeepsIt()
    {
        var framed = RoleOpenness.Framed(new ShareRange(0m, 10m));

        Catalogue(Derived(framed)).Resolve(Derived(framed)).Openness.Should().Be(framed);
        Catalogue(Derived(RoleOpenness.Fixed)).Resolve(Derived(RoleOpenness.Fixed)).Openness.Should().Be(RoleOpenness.Fixed);
    }

    [Fact]
    public void Resolve_ChainWithoutOpennessBelowTheTop_TakesItFromTheTop()
    {
        var village = new Role("village-cdo", Make.Text("Village CDO"), template: new RoleTemplate("town-cdo"));
        var catalogue = new Catalogue(roles: [Template(), Derived(), village]);

        catalogue.Resolve(village).Openness.Should().Be(OpenTemplate);
    }

    [Fact]
    public void Validate_SelfInitiatedTaskOfRoleDerivedFromAnOpenTemplate_IsNotRm109()
    {
        var derived = Derived();

        var report = Catalogue(derived).Validate(SelfInitiated(derived, 20m));

        report.Problems.Should().BeEmpty();
    }

    [Fact]
    public void Validate_DerivedRoleStatingFixed_IsRm109()
    {
        var derived = Derived(RoleOpenness.Fixed);

        var report = Catalogue(derived).Validate(SelfInitiated(derived, 20m));

        report.Problems.Select(p => p.Code).Should().Equal(ProblemCodes.SelfInitiatedTaskInFixedRole);
    }

    [Fact]
    public void Validate_InheritedBounds_AreChecked()
    {
        var derived = Derived();

        var report = Catalogue(derived).Validate(SelfInitiated(derived, 60m));

        report.Problems.Should().ContainSingle().Which.Message.Should().Contain("40");
    }

    [Fact]
    public void Equality_UnstatedAndStatedFixed_DifferForADerivedRoleOnly()
    {
        Derived().Should().NotBe(Derived(RoleOpenness.Fixed));
        new Role("clerk", Make.Text("Clerk")).Should().Be(new Role("clerk", Make.Text("Clerk"), RoleOpenness.Fixed));
        Derived().WithOpenness(RoleOpenness.Fixed).WithOpenness(null).Should().Be(Derived());
    }

    [Fact]
    public void Json_DerivedRoleWithoutOpenness_ReadsAsInheritingAndValidatesItsSelfInitiatedTask()
    {
        var result = RoleModelJson.Read(Document(derivedOpenness: null));

        result.Report.Problems.Should().BeEmpty();
        var catalogue = result.Catalogue!;
        catalogue.FindRole("town-cdo")!.OwnOpenness.Should().BeNull();
        catalogue.Resolve(catalogue.FindRole("town-cdo")!).Openness.Kind.Should().Be(OpennessKind.Open);
        RoleModelJson.WriteToString(catalogue).Should().NotContain("\"fixed\"");
    }

    [Fact]
    public void Json_DerivedRoleStatingFixed_IsWrittenAsFixedAndStaysFixed()
    {
        var result = RoleModelJson.Read(Document(derivedOpenness: """{"kind": "fixed"}"""));

        result.Report.Problems.Select(p => (p.Code, p.Path)).Should().Equal((ProblemCodes.SelfInitiatedTaskInFixedRole, "$.histories[0].changes[0].task.origin"));
        var written = RoleModelJson.WriteToString(result.Catalogue!);
        written.Should().Contain("\"fixed\"");
        RoleModelJson.Read(written).Catalogue.Should().Be(result.Catalogue);
    }

    private static string Document(string? derivedOpenness) => DocumentWith(derivedOpenness is null ? string.Empty : $", \"openness\": {derivedOpenness}");

    /// <summary>An open template, a role derived from it with <paramref name="openness"/> (a JSON member or nothing), and a self-initiated task of the derived role.</summary>
    private static string DocumentWith(string openness) => $$$"""
        {
          "schemaVersion": "1.0",
          "roles": [
            {"id": "municipal-cdo", "title": {"en": "Municipal CDO"}, "openness": {"kind": "open", "minSelfDirectedShare": 10, "maxSelfDirectedShare": 40}},
            {"id": "town-cdo", "title": {"en": "Town CDO"}, "template": {"role": "municipal-cdo"}{{{openness}}}}
          ],
          "histories": [
            {
              "role": "town-cdo",
              "changes": [
                {
                  "id": "c1", "kind": "taskAdded", "effective": "2025-01-01", "recorded": "2025-01-02T09:00:00Z", "author": "p-1",
                  "task": {"id": "radar", "title": {"en": "Innovation radar"}, "share": 20, "origin": "selfInitiated", "status": "active"}
                }
              ]
            }
          ]
        }
        """;
}
