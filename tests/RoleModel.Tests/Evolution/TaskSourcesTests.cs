using RoleModel.Evolution;
using RoleModel.History;
using static RoleModel.Tests.Evolution.Towns;

namespace RoleModel.Tests.Evolution;

public sealed class TaskSourcesTests
{
    private static readonly RoleTask Portal = Task("portal", "Open-data portal", "Open-Data-Portal", 15);

    private static Catalogue Municipality(bool delegationAccepted = true, params RoleLineage[] lineage)
    {
        var delegation = RoleChange.DelegateTask("c2", Day(2024), At(Day(2023, 12)), "hr", "portal", "data-officer", isProposal: !delegationAccepted);
        var cdo = Log("cdo", Add("c1", Day(2022), Portal), Add("c3", Day(2022), Task("radar", "Innovation radar", "Innovationsradar", 10)), delegation);
        var officer = Log("data-officer",
            Add("d1", Day(2023, 9), Task("catalogue", "Data catalogue", "Datenkatalog", 40, TaskOrigin.Assigned)),
            Add("d2", Day(2024), Task("portal", "Open-data portal", "Open-Data-Portal", 15, TaskOrigin.Delegated)),
            Add("d3", Day(2024), Task("radar", "Data radar", "Datenradar", 5)));
        return new Catalogue(roles: [Role("cdo"), Role("data-officer"), Role("mayor")], histories: [cdo, officer], lineage: lineage);
    }

    [Fact]
    public void Trace_DelegatedTask_NamesTheDelegatingRoleAndChange()
    {
        var provenance = TaskSources.Trace(Municipality(), "data-officer", Now);

        provenance.Tasks.Select(t => t.ToString()).Should().Equal(
            "data-officer/catalogue: own (Assigned)",
            "data-officer/portal: delegated by cdo on 2024-01-01",
            "data-officer/radar: own (SelfInitiated)");
        provenance.Tasks[1].ChangeId.Should().Be("c2");
        provenance.Tasks[1].Kind.Should().Be(TaskSourceKind.Delegated);
    }

    [Fact]
    public void Trace_PendingDelegation_DoesNotCount()
    {
        var provenance = TaskSources.Trace(Municipality(delegationAccepted: false), "data-officer", Now);

        provenance.Tasks[1].Kind.Should().Be(TaskSourceKind.Own);
    }

    [Fact]
    public void Trace_Lineage_ExplainsListedTasksAndTasksTheSourceHad()
    {
        var fact = new RoleLineage("data-officer", RoleLineageKind.CreatedFrom, "cdo", Day(2023, 9), ["catalogue"], "Data work grew into a role.");

        var provenance = TaskSources.Trace(Municipality(true, fact), "data-officer", Now);

        provenance.Ancestry.Should().Equal(fact);
        provenance.Tasks.Select(t => (t.Kind, t.SourceRoleId, t.SourceDay)).Should().Equal(
            (TaskSourceKind.Lineage, "cdo", Day(2023, 9)),
            (TaskSourceKind.Delegated, "cdo", Day(2024)),
            (TaskSourceKind.Lineage, "cdo", Day(2023, 9)));
        TaskSources.Trace(Municipality(true, fact), "cdo", Now).Descendants.Should().Equal(fact);
    }

    [Fact]
    public void Trace_AsKnownBeforeTheDelegationWasRecorded_SeesNoDelegation()
    {
        var provenance = TaskSources.Trace(Municipality(), "data-officer", At(Day(2023, 11)));

        provenance.Tasks.Select(t => t.Task.TaskId).Should().Equal("catalogue");
    }

    [Fact]
    public void Trace_RoleWithoutHistory_HasNoTasks()
    {
        var provenance = TaskSources.Trace(Municipality(), "mayor", Now);

        provenance.RoleId.Should().Be("mayor");
        provenance.Tasks.Should().BeEmpty();
        provenance.Ancestry.Should().BeEmpty();
    }

    [Fact]
    public void Trace_BadArguments_Throw()
    {
        var unknown = () => TaskSources.Trace(Municipality(), "ghost", Now);
        var nulls = () => TaskSources.Trace(null!, "cdo", Now);

        unknown.Should().Throw<ArgumentException>().WithMessage("*no role 'ghost'*");
        nulls.Should().Throw<ArgumentNullException>();
    }
}
