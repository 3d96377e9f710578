using System.Globalization;

namespace RoleModel.Benchmarks;

/// <summary>
/// A generated catalogue the size of ESCO: 14,000 competencies, 3,000 roles with 125,000 requirements in all,
/// and 1,000 people. Deterministic (fixed seed), so every run measures the same document.
/// </summary>
public static class EscoSizedCatalogue
{
    public const int Competencies = 14_000;
    public const int Roles = 3_000;
    public const int Requirements = 125_000;
    public const int People = 1_000;

    private static readonly string[] Words =
        ["manage", "data", "public", "services", "digital", "records", "budget", "policy", "citizens", "analyse",
         "software", "processes", "quality", "security", "teams", "projects", "legal", "training", "networks", "reports"];

    public static Catalogue Create()
    {
        var random = new Random(20261126);
        var scales = new[] { ProficiencyScale.CreateEcfStyle(), ProficiencyScale.CreateNoviceToExpert() };
        var competencies = new List<Competency>(Competencies);
        for (var i = 0; i < Competencies; i++)
        {
            var id = Id("skill", i);
            var words = Phrase(random, 3);
            competencies.Add(new Competency(
                id,
                i % 3 == 0 ? CompetencyKind.Knowledge : CompetencyKind.Skill,
                new LocalizedText([new("en", words), new("de", "de: " + words)]),
                LocalizedText.Of("en", Phrase(random, 14) + "."),
                i >= 100 ? [Id("skill", random.Next(100))] : [],
                [new ConceptMapping(MappingRelation.ExactMatch, "ESCO", "http://data.europa.eu/esco/skill/" + Hex(random))]));
        }

        var framework = new CompetencyFramework("esco-sized", LocalizedText.Of("en", "ESCO-sized framework"), scales, competencies, "1.2");
        var roles = new List<Role>(Roles);
        for (var i = 0; i < Roles; i++)
        {
            var count = Requirements / Roles + (i < Requirements % Roles ? 1 : 0);
            var picked = new HashSet<int>();
            while (picked.Count < count)
            {
                picked.Add(random.Next(Competencies));
            }

            var requirements = picked.Select(c => new CompetencyRequirement(
                Id("skill", c),
                random.Next(2) == 0 ? null : new LevelReference("e-cf", "e-" + (1 + random.Next(5)).ToString(CultureInfo.InvariantCulture)),
                random.Next(10) < 6 ? RequirementImportance.Essential : RequirementImportance.Optional));
            var areas = Enumerable.Range(0, 3).Select(a => new ResponsibilityArea(
                "area-" + a.ToString(CultureInfo.InvariantCulture), LocalizedText.Of("en", Phrase(random, 2)), new ShareRange(10m * a, 20m + (10m * a))));
            roles.Add(new Role(
                Id("occupation", i),
                new LocalizedText([new("en", Phrase(random, 3)), new("de", "de: " + Phrase(random, 3))]),
                RoleOpenness.Framed(new ShareRange(0m, 25.5m)),
                LocalizedText.Of("en", Phrase(random, 20) + "."),
                [LocalizedText.Of("en", Phrase(random, 8) + ".")],
                requirements,
                areas,
                tags: ["isco-" + random.Next(1000, 9999).ToString(CultureInfo.InvariantCulture)]));
        }

        var start = new NodaTime.LocalDate(2020, 1, 1);
        var people = Enumerable.Range(0, People).Select(p => new Person(
            Id("person", p),
            Enumerable.Range(0, 5).Select(a => new CompetencyAssessment(
                Id("skill", random.Next(Competencies)),
                new LevelReference("e-cf", "e-" + (1 + random.Next(5)).ToString(CultureInfo.InvariantCulture)),
                start.PlusDays(random.Next(2000)),
                (AssessmentSource)random.Next(5))),
            [new RoleAssignment(Id("occupation", random.Next(Roles)), start.PlusDays(random.Next(2000)))]));
        return new Catalogue([framework], roles, people);
    }

    private static string Id(string kind, int i) => kind + "-" + i.ToString("D5", CultureInfo.InvariantCulture);

    private static string Phrase(Random random, int words) =>
        string.Join(' ', Enumerable.Range(0, words).Select(_ => Words[random.Next(Words.Length)]));

    private static string Hex(Random random)
    {
        Span<byte> bytes = stackalloc byte[16];
        random.NextBytes(bytes);
        return Convert.ToHexStringLower(bytes);
    }
}
