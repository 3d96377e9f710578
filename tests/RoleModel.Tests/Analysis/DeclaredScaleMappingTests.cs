using RoleModel.Analysis;
using static RoleModel.Tests.Analysis.AnalysisSample;

namespace RoleModel.Tests.Analysis;

/// <summary>Scale mappings a framework declares (in a document) are used by every analysis without options.</summary>
public class DeclaredScaleMappingTests
{
    /// <summary>The sample with the SFIA to e-CF mapping declared by a framework of its own instead of passed in options.</summary>
    private static readonly Catalogue Declared = new(
        [Framework, new CompetencyFramework("bridges", LocalizedText.Of("en", "Bridges"), scaleMappings: [SfiaToEcf])],
        Sample.Roles,
        Sample.People);

    private static readonly Role Procurement = new("procurer", LocalizedText.Of("en", "Procurer"), requirements: [new("procurement", Ecf("e-4"))]);

    [Fact]
    public void Analyze_DeclaredMapping_IsUsedLikeTheSameMappingInOptions()
    {
        var declared = FitAnalysis.Analyze(Declared, Cdo, Anna, Day);

        declared.Requirements.Should().Equal(FitAnalysis.Analyze(Sample, Cdo, Anna, Day, WithMapping).Requirements);
        declared.Score.Should().Be(FitAnalysis.Analyze(Sample, Cdo, Anna, Day, WithMapping).Score);
        declared.Should().NotBe(FitAnalysis.Analyze(Sample, Cdo, Anna, Day), "without a mapping Anna's SFIA rating is not comparable");
    }

    [Fact]
    public void Analyze_DeclaredMapping_TranslatesTheHeldLevel()
    {
        var gap = FitAnalysis.Analyze(Declared, Procurement, Anna, Day).Requirements.Single();

        gap.Status.Should().Be(RequirementStatus.Met, "SFIA 5 counts as e-4 by the declared mapping");
    }

    [Fact]
    public void Analyze_MappingInOptions_ReplacesTheDeclaredOneForTheSamePair()
    {
        var stricter = new AnalysisOptions(scaleMappings: [new ScaleMapping("sfia", "e-cf", new Dictionary<string, string> { ["5"] = "e-3" })]);

        var gap = FitAnalysis.Analyze(Declared, Procurement, Anna, Day, stricter).Requirements.Single();

        gap.Status.Should().Be(RequirementStatus.PartlyMet);
        gap.LevelGap.Should().Be(1);
    }

    [Fact]
    public void Analyze_DeclaredMappingWithUnknownLevel_UsesItsSoundCorrespondencesInsteadOfThrowing()
    {
        // Validation reports the unknown level (RM103); analysis of such a catalogue neither throws nor guesses.
        var broken = new ScaleMapping("sfia", "e-cf", new Dictionary<string, string> { ["5"] = "e-4", ["9"] = "e-5" });
        var catalogue = new Catalogue([Framework, new CompetencyFramework("bridges", LocalizedText.Of("en", "Bridges"), scaleMappings: [broken])], [Procurement], [Anna]);

        FitAnalysis.Analyze(catalogue, Procurement, Anna, Day).Requirements.Single().Status.Should().Be(RequirementStatus.Met);
        catalogue.Validate().Errors.Should().ContainSingle().Which.Path.Should().Be("$.frameworks[1].scaleMappings[0].levels.9");
    }

    [Fact]
    public void FitIndex_DeclaredMapping_RanksAndCoversLikeOptions()
    {
        var declared = new FitIndex(Declared, Day);
        var passed = new FitIndex(Sample, Day, WithMapping);

        declared.RankPeople("cdo", 10).Select(h => (h.PersonId, h.Score)).Should().Equal(passed.RankPeople("cdo", 10).Select(h => (h.PersonId, h.Score)));
        declared.RankRoles("anna", 10).Select(h => (h.RoleId, h.Score)).Should().Equal(passed.RankRoles("anna", 10).Select(h => (h.RoleId, h.Score)));
        var roles = Sample.Roles.Select(r => r.Id).ToList();
        var people = Sample.People.Select(p => p.Id).ToList();
        declared.Coverage(roles, people).Requirements.Select(r => r.PersonIds.Length)
            .Should().Equal(passed.Coverage(roles, people).Requirements.Select(r => r.PersonIds.Length));
    }
}
