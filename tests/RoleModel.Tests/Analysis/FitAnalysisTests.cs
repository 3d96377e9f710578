using NodaTime;
using RoleModel.Analysis;
using static RoleModel.Tests.Analysis.AnalysisSample;

namespace RoleModel.Tests.Analysis;

public class FitAnalysisTests
{
    private static RequirementGap Gap(GapAnalysis analysis, string requirementId) =>
        analysis.Requirements.Single(r => r.Requirement.Id == requirementId);

    private static GapAnalysis AnalyzeOne(CompetencyRequirement requirement, params CompetencyAssessment[] assessments) =>
        FitAnalysis.Analyze(Sample, new Role("r", LocalizedText.Of("en", "R"), requirements: [requirement]), new Person("p", assessments), Day, WithMapping);

    [Fact]
    public void Analyze_HeldAtOrAboveRequired_Met()
    {
        var gap = AnalyzeOne(new("change", Ecf("e-3")), Assess("change", Ecf("e-4"), new(2026, 1, 1))).Requirements[0];

        gap.Status.Should().Be(RequirementStatus.Met);
        gap.LevelGap.Should().Be(-1);
        gap.PositionGap.Should().BeApproximately(-0.25, 1e-12);
        gap.Fulfilment.Should().Be(1.0);
    }

    [Fact]
    public void Analyze_HeldBelowRequired_PartlyMetWithGaps()
    {
        var gap = AnalyzeOne(new("strategy", Ecf("e-4")), Assess("strategy", Ecf("e-2"), new(2026, 1, 1))).Requirements[0];

        gap.Status.Should().Be(RequirementStatus.PartlyMet);
        gap.LevelGap.Should().Be(2);
        gap.PositionGap.Should().BeApproximately(0.5, 1e-12);
        gap.Fulfilment.Should().BeApproximately(0.5, 1e-12);
        gap.HeldLevel.Should().Be(Ecf("e-2"));
        gap.RequiredLevel.Should().Be(Ecf("e-4"));
    }

    [Fact]
    public void Analyze_NoAssessment_MissingWithoutGaps()
    {
        var gap = AnalyzeOne(new("strategy", Ecf("e-4")), Assess("change", Ecf("e-5"), new(2026, 1, 1))).Requirements[0];

        gap.Status.Should().Be(RequirementStatus.Missing);
        gap.CompetencyId.Should().BeNull();
        gap.Assessment.Should().BeNull();
        gap.LevelGap.Should().BeNull();
        gap.Fulfilment.Should().Be(0.0);
    }

    [Fact]
    public void Analyze_OtherScaleWithoutMapping_NotComparable()
    {
        var role = new Role("r", LocalizedText.Of("en", "R"), requirements: [new("procurement", Ecf("e-3"))]);
        var person = new Person("p", [Assess("procurement", new LevelReference("sfia", "7"), new(2026, 1, 1))]);

        var gap = FitAnalysis.Analyze(Sample, role, person, Day).Requirements[0];

        gap.Status.Should().Be(RequirementStatus.NotComparable);
        gap.LevelGap.Should().BeNull();
        gap.Fulfilment.Should().Be(0.0);
        gap.CompetencyId.Should().Be("procurement");
    }

    [Fact]
    public void Analyze_OtherScaleWithMapping_ComparedOnRequiredScale()
    {
        var gap = AnalyzeOne(new("procurement", Ecf("e-4")), Assess("procurement", new LevelReference("sfia", "4"), new(2026, 1, 1))).Requirements[0];

        gap.Status.Should().Be(RequirementStatus.PartlyMet);
        gap.LevelGap.Should().Be(1, "SFIA 4 maps to e-3, one below e-4");
    }

    [Fact]
    public void Analyze_MappedScaleLevelWithoutCorrespondence_NotComparable()
    {
        var gap = AnalyzeOne(new("procurement", Ecf("e-1")), Assess("procurement", new LevelReference("sfia", "2"), new(2026, 1, 1))).Requirements[0];

        gap.Status.Should().Be(RequirementStatus.NotComparable);
    }

    [Fact]
    public void Analyze_UnknownScale_NotComparable()
    {
        var gap = AnalyzeOne(new("change", Ecf("e-1")), Assess("change", new LevelReference("in-house", "high"), new(2026, 1, 1))).Requirements[0];

        gap.Status.Should().Be(RequirementStatus.NotComparable);
    }

    [Fact]
    public void Analyze_RequiredLevelOnUnknownScale_NotComparableWhenHeldMissingOtherwise()
    {
        var requirement = new CompetencyRequirement("change", new LevelReference("retired-scale", "high"));

        AnalyzeOne(requirement, Assess("change", Ecf("e-5"), new(2026, 1, 1))).Requirements[0].Status.Should().Be(RequirementStatus.NotComparable);
        AnalyzeOne(requirement).Requirements[0].Status.Should().Be(RequirementStatus.Missing);
    }

    [Fact]
    public void Analyze_RequirementWithoutLevel_AnyValidAssessmentMeetsIt()
    {
        var gap = AnalyzeOne(new("communication"), Assess("communication", new LevelReference("in-house", "basic"), new(2026, 1, 1))).Requirements[0];

        gap.Status.Should().Be(RequirementStatus.Met);
        gap.LevelGap.Should().BeNull();
        gap.PositionGap.Should().BeNull();
        gap.Fulfilment.Should().Be(1.0);
    }

    [Fact]
    public void Analyze_RequirementWithoutLevelAndNoValidAssessment_Missing()
    {
        var gap = AnalyzeOne(new("communication"), Assess("communication", Ecf("e-5"), new(2020, 1, 1), expiresOn: new(2026, 6, 30))).Requirements[0];

        gap.Status.Should().Be(RequirementStatus.Missing);
    }

    [Fact]
    public void Analyze_LaterAssessmentLower_LatestCounts()
    {
        var gap = AnalyzeOne(
            new("change", Ecf("e-3")),
            Assess("change", Ecf("e-5"), new(2024, 1, 1)),
            Assess("change", Ecf("e-2"), new(2025, 1, 1))).Requirements[0];

        gap.Status.Should().Be(RequirementStatus.PartlyMet);
        gap.Assessment!.AssessedOn.Should().Be(new LocalDate(2025, 1, 1));
    }

    [Fact]
    public void Analyze_AssessmentAfterTheDay_Ignored()
    {
        var gap = AnalyzeOne(
            new("change", Ecf("e-3")),
            Assess("change", Ecf("e-2"), new(2025, 1, 1)),
            Assess("change", Ecf("e-5"), Day.PlusDays(1))).Requirements[0];

        gap.Status.Should().Be(RequirementStatus.PartlyMet);
    }

    [Fact]
    public void Analyze_LatestExpired_EarlierValidOneCounts()
    {
        var gap = AnalyzeOne(
            new("change", Ecf("e-3")),
            Assess("change", Ecf("e-3"), new(2024, 1, 1)),
            Assess("change", Ecf("e-5"), new(2025, 1, 1), expiresOn: Day)).Requirements[0];

        gap.Status.Should().Be(RequirementStatus.Met);
        gap.Assessment!.Level.Should().Be(Ecf("e-3"));
    }

    [Fact]
    public void Analyze_TwoAssessmentsOnOneDay_LaterInDocumentOrderCounts()
    {
        var gap = AnalyzeOne(
            new("change", Ecf("e-3")),
            Assess("change", Ecf("e-5"), new(2025, 1, 1)),
            Assess("change", Ecf("e-1"), new(2025, 1, 1))).Requirements[0];

        gap.HeldLevel.Should().Be(Ecf("e-1"));
    }

    [Theory]
    [InlineData(2023, 6, 29, true)]
    [InlineData(2023, 6, 30, false)]
    [InlineData(2026, 1, 1, false)]
    public void Analyze_AssessmentOlderThanStalenessPeriod_FlaggedStaleAndStillCounts(int year, int month, int day, bool stale)
    {
        var gap = AnalyzeOne(new("change", Ecf("e-3")), Assess("change", Ecf("e-3"), new(year, month, day))).Requirements[0];

        gap.IsStale.Should().Be(stale);
        gap.Status.Should().Be(RequirementStatus.Met);
    }

    [Fact]
    public void Analyze_ShorterStalenessPeriod_FlagsEarlier()
    {
        var options = new AnalysisOptions(Period.FromMonths(6));
        var role = new Role("r", LocalizedText.Of("en", "R"), requirements: [new("change", Ecf("e-3"))]);
        var person = new Person("p", [Assess("change", Ecf("e-3"), new(2025, 12, 1))]);

        FitAnalysis.Analyze(Sample, role, person, Day, options).Requirements[0].IsStale.Should().BeTrue();
    }

    [Fact]
    public void Analyze_Group_SatisfiedByBestMember()
    {
        var gap = AnalyzeOne(
            new("delivery", ["project-management", "procurement"], Ecf("e-3")),
            Assess("project-management", Ecf("e-2"), new(2026, 1, 1)),
            Assess("procurement", Ecf("e-4"), new(2026, 1, 1))).Requirements[0];

        gap.Status.Should().Be(RequirementStatus.Met);
        gap.CompetencyId.Should().Be("procurement");
    }

    [Fact]
    public void Analyze_GroupWithNotComparableAndNoOtherMember_NotComparableRatherThanMissing()
    {
        var role = new Role("r", LocalizedText.Of("en", "R"), requirements: [new("delivery", ["project-management", "procurement"], Ecf("e-3"))]);
        var person = new Person("p", [Assess("procurement", new LevelReference("sfia", "5"), new(2026, 1, 1))]);

        FitAnalysis.Analyze(Sample, role, person, Day).Requirements[0].Status.Should().Be(RequirementStatus.NotComparable);
    }

    [Fact]
    public void Analyze_Sample_ScoreAsComputedByHand()
    {
        var analysis = FitAnalysis.Analyze(Sample, Cdo, Anna, Day, WithMapping);

        // Essential: (2 x 0.75 + 1 + 1) / 4 = 0.875; optional: (0 + 1) / 2 = 0.5; 0.8 x 0.875 + 0.2 x 0.5 = 0.8.
        analysis.Score.Should().BeApproximately(0.8, 1e-12);
        analysis.Requirements.Select(r => r.Status).Should().Equal(
            RequirementStatus.PartlyMet, RequirementStatus.Met, RequirementStatus.Met, RequirementStatus.Missing, RequirementStatus.Met);
        analysis.Requirements.Select(r => r.MaxContribution).Should().Equal([0.4, 0.2, 0.2, 0.1, 0.1], (a, b) => Math.Abs(a - b) < 1e-12);
        analysis.Requirements.Select(r => r.Contribution).Should().Equal([0.3, 0.2, 0.2, 0.0, 0.1], (a, b) => Math.Abs(a - b) < 1e-12);
        analysis.Requirements.Sum(r => r.Contribution).Should().BeApproximately(analysis.Score, 1e-12);
        Gap(analysis, "change").IsStale.Should().BeTrue();
        Gap(analysis, "delivery").CompetencyId.Should().Be("procurement");
        analysis.AllEssentialMet.Should().BeFalse();
    }

    [Fact]
    public void Analyze_SampleWithoutMapping_GroupFallsBackToComparableMember()
    {
        var analysis = FitAnalysis.Analyze(Sample, Cdo, Anna, Day);

        Gap(analysis, "delivery").CompetencyId.Should().Be("project-management");
        Gap(analysis, "delivery").Status.Should().Be(RequirementStatus.PartlyMet);
        analysis.Score.Should().BeApproximately(0.775, 1e-12);
    }

    [Fact]
    public void Analyze_OnlyOptionalRequirements_ScoreIsTheirWeightedMean()
    {
        var role = new Role("r", LocalizedText.Of("en", "R"), requirements:
        [
            new("change", Ecf("e-3"), RequirementImportance.Optional, weight: 3),
            new("strategy", Ecf("e-3"), RequirementImportance.Optional, weight: 1),
        ]);
        var person = new Person("p", [Assess("change", Ecf("e-3"), new(2026, 1, 1))]);

        FitAnalysis.Analyze(Sample, role, person, Day).Score.Should().BeApproximately(0.75, 1e-12);
    }

    [Fact]
    public void Analyze_RoleWithoutRequirements_ScoreOne()
    {
        var analysis = FitAnalysis.Analyze(Sample, new Role("r", LocalizedText.Of("en", "R")), Chris, Day);

        analysis.Score.Should().Be(1.0);
        analysis.AllEssentialMet.Should().BeTrue();
    }

    [Fact]
    public void Analyze_DerivedRole_UsesEffectiveRequirements()
    {
        var derived = new Role("cdo-small", LocalizedText.Of("en", "CDO (small town)"),
            requirements: [new("procurement", Ecf("e-2"))],
            template: new RoleTemplate("cdo", removedRequirementIds: ["data-governance", "delivery"]));

        var analysis = FitAnalysis.Analyze(Sample, derived, Anna, Day, WithMapping);

        analysis.Requirements.Select(r => r.Requirement.Id).Should().Equal("strategy", "change", "communication", "procurement");
    }

    [Fact]
    public void Analyze_Snapshot_AnalyzesItsRole()
    {
        var snapshot = new RoleSnapshot(Cdo, new TaskProfile([]));

        FitAnalysis.Analyze(Sample, snapshot, Anna, Day, WithMapping).Should().Be(FitAnalysis.Analyze(Sample, Cdo, Anna, Day, WithMapping));
    }

    [Fact]
    public void Analyze_NullArguments_Throw()
    {
        FluentActions.Invoking(() => FitAnalysis.Analyze(null!, Cdo, Anna, Day)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => FitAnalysis.Analyze(Sample, (Role)null!, Anna, Day)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => FitAnalysis.Analyze(Sample, (RoleSnapshot)null!, Anna, Day)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => FitAnalysis.Analyze(Sample, Cdo, null!, Day)).Should().Throw<ArgumentNullException>();
    }

    [Fact]
    public void Analyze_MappingNamesUnknownLevel_ThrowsArgumentException()
    {
        var bad = new AnalysisOptions(scaleMappings: [new ScaleMapping("sfia", "e-cf", new Dictionary<string, string> { ["9"] = "e-5" })]);

        FluentActions.Invoking(() => FitAnalysis.Analyze(Sample, Cdo, Anna, Day, bad))
            .Should().Throw<ArgumentException>().WithMessage("*must name only levels of those scales*");
    }
}
