using NodaTime;
using RoleModel.History;
using RoleModel.Serialization;

namespace RoleModel.Tests.Serialization;

/// <summary>The story the municipal sample's CDO history tells, 2022 to 2026 (see docs/format.md, "histories").</summary>
public sealed partial class RoleModelJsonTests
{
    private static readonly Lazy<Catalogue> MunicipalCatalogue = new(() =>
        RoleModelJson.Read(File.ReadAllBytes(Path.Combine(TestPaths.Samples, "municipal.json"))).Catalogue!);

    private static RoleHistory SampleCdo => MunicipalCatalogue.Value.FindHistory("cdo")!;

    [Fact]
    public void Read_MunicipalSample_CdoHistoryAnswersTheAuditQuestionWithWhatWasKnownThen()
    {
        var newYear2025 = new LocalDate(2025, 1, 1);

        var knownOn1March = SampleCdo.AsKnownAt(Instant.FromUtc(2025, 3, 1, 0, 0)).ProjectOn(newYear2025);
        var knownNow = SampleCdo.AsKnownAt(Instant.MaxValue).ProjectOn(newYear2025);

        knownOn1March.Tasks.Find("ozg-services")!.Share.Should().Be(20m);
        knownOn1March.Tasks.ActiveShare.Should().Be(95m);
        knownNow.Tasks.Find("ozg-services")!.Share.Should().Be(25m, "the correction of 15 March 2025 takes effect on 1 January");
        knownNow.Tasks.ActiveShare.Should().Be(100m);
    }

    [Fact]
    public void Read_MunicipalSample_CdoDriftsTowardsSelfFoundWork()
    {
        var drift = SampleCdo.AsKnownAt(Instant.MaxValue).MeasureDrift(new LocalDate(2022, 1, 1), new LocalDate(2026, 1, 1), MunicipalCatalogue.Value);

        drift.NoveltyShare.Should().Be(35m, "the participation platform (15 %) and the AI pilot (20 %) did not exist in 2022");
        drift.SelfInitiatedShare.Should().Be(45m);
        drift.UnrequiredCompetencyIds.Should().Equal("agile-methods");
    }

    [Fact]
    public void Read_MunicipalSample_RejectedProposalNeverTakesEffectAndAcceptedOneDoes()
    {
        var view = SampleCdo.AsKnownAt(Instant.MaxValue);

        view.GetState("cdo-07").Should().Be(ProposalState.Rejected);
        view.GetTaskTimeline("ai-chatbot").Should().BeEmpty();
        view.GetState("cdo-09").Should().Be(ProposalState.Accepted);
        view.ProjectOn(new LocalDate(2023, 10, 1)).Tasks.Find("citizen-participation").Should().NotBeNull();
    }

    [Fact]
    public void Read_MunicipalSample_DelegatedPortalMovesToTheDataOfficer()
    {
        var day = new LocalDate(2024, 1, 1);

        SampleCdo.AsKnownAt(Instant.MaxValue).ProjectOn(day).Tasks.Find("open-data-portal").Should().BeNull();
        MunicipalCatalogue.Value.FindHistory("data-officer")!.AsKnownAt(Instant.MaxValue).ProjectOn(day).Tasks.Find("open-data-portal")!
            .Origin.Should().Be(TaskOrigin.Delegated);
        SampleCdo.Changes.Should().ContainSingle(c => c.Kind == RoleChangeKind.TaskDelegated).Which.TargetRoleId.Should().Be("data-officer");
    }
}
