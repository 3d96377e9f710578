using NodaTime;
using RoleModel.Analysis;

namespace RoleModel.Tests.Analysis;

/// <summary>The municipal sample of docs/analysis.md: a CDO role and a digitalisation officer, scored by hand there.</summary>
internal static class AnalysisSample
{
    internal static readonly LocalDate Day = new(2026, 6, 30);

    internal static readonly ScaleMapping SfiaToEcf = new("sfia", "e-cf", new Dictionary<string, string>
    {
        ["3"] = "e-2", ["4"] = "e-3", ["5"] = "e-4", ["6"] = "e-5", ["7"] = "e-5",
    });

    internal static readonly AnalysisOptions WithMapping = new(scaleMappings: [SfiaToEcf]);

    internal static readonly CompetencyFramework Framework = new(
        "municipal-digital",
        LocalizedText.Of("en", "Municipal digital competencies"),
        scales: [ProficiencyScale.CreateEcfStyle(), ProficiencyScale.CreateSfiaStyle()],
        competencies:
        [
            Competency("strategy"), Competency("change"), Competency("communication"), Competency("data-governance"),
            Competency("project-management"), Competency("procurement"),
        ]);

    /// <summary>Essential weight 4 (strategy 2, change 1, communication 1), optional weight 2.</summary>
    internal static readonly Role Cdo = new(
        "cdo",
        LocalizedText.Of("en", "Chief Digital Officer"),
        requirements:
        [
            new("strategy", Ecf("e-4"), weight: 2),
            new("change", Ecf("e-3")),
            new("communication"),
            new("data-governance", Ecf("e-3"), RequirementImportance.Optional),
            new("delivery", ["project-management", "procurement"], Ecf("e-3"), RequirementImportance.Optional),
        ]);

    internal static readonly Role DigitalisationOfficer = new(
        "digitalisation-officer",
        LocalizedText.Of("en", "Digitalisation officer"),
        requirements:
        [
            new("project-management", Ecf("e-3")),
            new("change", Ecf("e-2")),
            new("procurement", Ecf("e-2"), RequirementImportance.Optional),
        ]);

    /// <summary>Anna: strategy e-3, change e-4 (and a stale older rating), communication, an expired data-governance
    /// rating, project management e-2, procurement SFIA 5.</summary>
    internal static readonly Person Anna = new(
        "anna",
        [
            Assess("strategy", Ecf("e-3"), new(2025, 1, 10)),
            Assess("change", Ecf("e-2"), new(2021, 5, 1)),
            Assess("change", Ecf("e-4"), new(2022, 5, 1)),
            Assess("communication", Ecf("e-1"), new(2026, 2, 1)),
            Assess("data-governance", Ecf("e-3"), new(2023, 3, 1), expiresOn: new(2026, 1, 1)),
            Assess("project-management", Ecf("e-2"), new(2025, 9, 1)),
            Assess("procurement", new LevelReference("sfia", "5"), new(2024, 4, 1)),
        ]);

    /// <summary>Ben: everything the digitalisation officer needs, little of the CDO.</summary>
    internal static readonly Person Ben = new(
        "ben",
        [
            Assess("project-management", Ecf("e-4"), new(2025, 1, 1)),
            Assess("change", Ecf("e-3"), new(2025, 1, 1)),
            Assess("procurement", Ecf("e-2"), new(2025, 1, 1)),
        ]);

    /// <summary>Chris: only communication.</summary>
    internal static readonly Person Chris = new("chris", [Assess("communication", Ecf("e-2"), new(2024, 1, 1))]);

    internal static readonly Catalogue Sample = new([Framework], [Cdo, DigitalisationOfficer], [Anna, Ben, Chris]);

    internal static LevelReference Ecf(string code) => new("e-cf", code);

    internal static CompetencyAssessment Assess(string competencyId, LevelReference level, LocalDate on, LocalDate? expiresOn = null) =>
        new(competencyId, level, on, AssessmentSource.Manager, expiresOn);

    internal static Competency Competency(string id) => new(id, CompetencyKind.Skill, LocalizedText.Of("en", id));

    /// <summary>A catalogue with the sample framework and the given roles and people.</summary>
    internal static Catalogue With(IEnumerable<Role> roles, IEnumerable<Person> people) => new([Framework], roles, people);
}
