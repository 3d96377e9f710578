using NodaTime;
using RoleModel.Analysis;

namespace RoleModel.Tests.Analysis;

/// <summary>Seeded random catalogues with everything the rules care about: groups, levels or none, three scales,
/// partial mappings, unknown scales, templates, expired, future and same-day assessments.</summary>
internal static class RandomCatalogue
{
    private static readonly ProficiencyScale Rating = new("rating", Enumerable.Range(0, 8).Select(i => new ProficiencyLevel(i.ToString(System.Globalization.CultureInfo.InvariantCulture))));
    private static readonly ProficiencyScale[] Scales = [ProficiencyScale.CreateEcfStyle(), ProficiencyScale.CreateSfiaStyle(), Rating];

    internal static readonly AnalysisOptions Options = new(Period.FromYears(2), 0.75,
    [
        new ScaleMapping("sfia", "e-cf", new Dictionary<string, string> { ["2"] = "e-1", ["3"] = "e-2", ["5"] = "e-4", ["7"] = "e-5" }),
        new ScaleMapping("rating", "e-cf", new Dictionary<string, string> { ["0"] = "e-1", ["4"] = "e-3", ["7"] = "e-5" }),
    ]);

    internal static (Catalogue Catalogue, LocalDate AsOf) Create(int seed)
    {
        var random = new Random(seed);
        var competencies = Enumerable.Range(0, 20).Select(i => $"c{i}").ToArray();
        var framework = new CompetencyFramework("f", LocalizedText.Of("en", "F"), Scales, competencies.Select(AnalysisSample.Competency));
        var roles = new List<Role>();
        for (var r = 0; r < 10; r++)
        {
            var requirements = Enumerable.Range(0, random.Next(0, 8)).Select(q => Requirement(random, competencies, $"q{q}")).ToList();
            var template = r > 0 && random.Next(3) == 0 ? new RoleTemplate(roles[random.Next(roles.Count)].Id, removedRequirementIds: ["q0"]) : null;
            roles.Add(new Role($"role-{random.Next(1000)}-{r}", LocalizedText.Of("en", "R"), requirements: requirements, template: template));
        }

        var people = Enumerable.Range(0, 20).Select(p => new Person(
            $"p{random.Next(100)}-{p}",
            Enumerable.Range(0, random.Next(0, 14)).Select(_ => Assessment(random, competencies))));
        return (new Catalogue([framework], roles, people), new LocalDate(2020 + random.Next(7), 1 + random.Next(12), 1));
    }

    private static CompetencyRequirement Requirement(Random random, string[] competencies, string id)
    {
        var members = competencies.OrderBy(_ => random.Next()).Take(random.Next(4) == 0 ? 1 + random.Next(3) : 1);
        var level = random.Next(3) == 0 ? null : Level(random, Scales[random.Next(Scales.Length)]);
        var importance = random.Next(3) == 0 ? RequirementImportance.Essential : RequirementImportance.Optional;
        return new CompetencyRequirement(id, members, level, importance, new[] { 0.5, 1, 2, 3 }[random.Next(4)]);
    }

    private static CompetencyAssessment Assessment(Random random, string[] competencies)
    {
        var on = new LocalDate(2017 + random.Next(10), 1 + random.Next(12), 1 + random.Next(28));
        var level = random.Next(12) == 0 ? new LevelReference("unknown-scale", "x") : Level(random, Scales[random.Next(Scales.Length)]);
        LocalDate? expires = random.Next(4) == 0 ? on.PlusMonths(1 + random.Next(48)) : null;
        return new CompetencyAssessment(competencies[random.Next(competencies.Length)], level, on, AssessmentSource.Test, expires);
    }

    private static LevelReference Level(Random random, ProficiencyScale scale) =>
        new(scale.Id, scale.Levels[random.Next(scale.Levels.Length)].Code);
}
