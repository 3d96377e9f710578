using System.Collections.Immutable;
using NodaTime;
using RoleModel.History;
using RoleModel.Interop.Onet;

namespace RoleModel.Interop.Tests.Onet;

/// <summary>O*NET 29.3 task statements and emerging tasks as role histories.</summary>
public sealed class OnetHistoryTests(OnetFixture fixture) : IClassFixture<OnetFixture>
{
    private const string FacilitiesManagers = "11-3013.00";
    private static readonly LocalDate ReleasedOn = new(2025, 5, 1);
    private static readonly Instant RecordedAt = Instant.FromUtc(2025, 5, 15, 12, 0);

    private OnetImportResult Result => fixture.Result;

    private ImmutableArray<RoleHistory> Histories => field.IsDefault ? field = Result.ToHistories(ReleasedOn, RecordedAt) : field;

    [DataFact("onet", "29.3", "tsv")]
    public void ToHistories_Release293_OneHistoryPerRoleWithEveryTaskAndEveryEmergingTaskAsProposal()
    {
        var changes = Histories.SelectMany(h => h.Changes).ToList();

        Histories.Select(h => h.Baseline).Should().Equal(Result.Catalogue!.Roles);
        changes.Count(c => c.IsProposal).Should().Be(295).And.Be(Result.EmergingTasks.Length);
        changes.Count(c => !c.IsProposal).Should().Be(18_796);
        changes.Should().OnlyContain(c => c.Kind == RoleChangeKind.TaskAdded && c.Author == "O*NET" && c.RecordedAt == RecordedAt);
        changes.Where(c => !c.IsProposal).Should().OnlyContain(c => c.EffectiveOn == ReleasedOn);
    }

    [DataFact("onet", "29.3", "tsv")]
    public void ToHistories_EmergingTask_IsAProposalEffectiveOnItsMonthKeepingItsSourceColumns()
    {
        var history = Histories.Single(h => h.RoleId == FacilitiesManagers);
        var first = history.Changes.First(c => c.IsProposal);   // Revision of 21280, 08/2024, Incumbent

        first.Task!.Title.ToString().Should().Contain("Plan, create, and manage budgets for contracts, equipment, and supplies.");
        first.Task.Id.Should().MatchRegex("^emerging-[0-9a-f]{12}$");
        first.Id.Should().Be("onet-29.3-" + first.Task.Id);
        first.EffectiveOn.Should().Be(new LocalDate(2024, 8, 1));
        first.Reason.Should().Contain("21280");
        first.Task.Extensions.Members.Select(m => (m.Key, m.Value.GetString())).Should().Equal(
            ("onet:category", "Revision"), ("onet:originalTaskId", "21280"),
            ("onet:originalTask", "Plan, administer, and control budgets for contracts, equipment, and supplies."),
            ("onet:date", "08/2024"), ("onet:domainSource", "Incumbent"));
    }

    [DataFact("onet", "29.3", "tsv")]
    public void ProjectionAsKnownAtRelease_HasTheTaskStatementsAndNoProposal_WhichArePending()
    {
        var history = Histories.Single(h => h.RoleId == FacilitiesManagers);
        var proposals = Result.EmergingTasks.Count(t => t.RoleId == FacilitiesManagers);
        var view = history.AsKnownAt(RecordedAt);

        var profile = view.ProjectOn(ReleasedOn).Tasks;

        proposals.Should().BeGreaterThan(1);
        profile.Tasks.Should().Equal(Result.Tasks[FacilitiesManagers]);
        profile.Tasks.Should().NotContain(t => t.Id.StartsWith("emerging-", StringComparison.Ordinal));
        view.PendingProposals.Should().HaveCount(proposals).And.OnlyContain(c => c.IsProposal);
        history.AsKnownAt(RecordedAt - Duration.FromSeconds(1)).ProjectOn(ReleasedOn).Tasks.Tasks.Should().BeEmpty();
    }

    [DataFact("onet", "29.3", "tsv")]
    public void Validate_RolesWithEmergingTasksAndASample_ReportsNoError()
    {
        var withProposals = Result.EmergingTasks.Select(t => t.RoleId).ToHashSet(StringComparer.Ordinal);
        var sample = Histories.Where((h, i) => i % 25 == 0 || withProposals.Contains(h.RoleId)).ToList();

        var problems = sample.SelectMany(h => h.Validate(Result.Catalogue!).Problems).ToList();

        sample.Count.Should().BeGreaterThan(withProposals.Count);
        problems.Should().BeEmpty();
    }

    [DataFact("onet", "29.2")]
    public void ToHistories_ImportWithoutCatalogue_Throws()
    {
        var emergingOnly = OnetImporter.ImportEmergingTasks(SharedData.Path("onet", "29.2"));

        var act = () => emergingOnly.ToHistories(ReleasedOn);

        act.Should().Throw<InvalidOperationException>();
    }
}
