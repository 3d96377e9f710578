using System.Globalization;
using NodaTime;

namespace RoleModel.Benchmarks;

/// <summary>
/// A generated catalogue of ESCO's size (v1.1.1): 3,007 roles, 13,900 competencies and 123,855 requirements
/// (about 41 per role, about 30 % essential, a few competencies much more popular than most), and generated
/// people whose assessments cluster around one role each, as real staff do. Deterministic: a seeded Random.
/// </summary>
public sealed class EscoLikeData
{
    public const int RoleCount = 3_007;
    public const int CompetencyCount = 13_900;
    public const int RequirementCount = 123_855;
    public static readonly LocalDate AsOf = new(2026, 6, 30);

    /// <summary>A 0..7 rating scale, used by the variant with levels.</summary>
    public static readonly ProficiencyScale Rating =
        new("rating", Enumerable.Range(0, 8).Select(i => new ProficiencyLevel(i.ToString(CultureInfo.InvariantCulture))));

    private static readonly LevelReference[] Levels = [.. Rating.Levels.Select(l => new LevelReference("rating", l.Code))];

    private readonly Random random;
    private readonly string[] competencyIds;

    /// <summary>Generates roles (and later people) with or without required levels.</summary>
    public EscoLikeData(bool withLevels, int seed = 20_261_127)
    {
        random = new Random(seed);
        WithLevels = withLevels;
        competencyIds = [.. Enumerable.Range(0, CompetencyCount).Select(i => $"http://data.europa.eu/esco/skill/s{i:D5}")];
        var framework = new CompetencyFramework(
            "esco-like", LocalizedText.Of("en", "ESCO-like"), [Rating],
            competencyIds.Select(id => new Competency(id, CompetencyKind.Skill, LocalizedText.Of("en", id))));
        Framework = framework;
        Roles = [.. RequirementCounts().Select((count, r) => CreateRole(r, count))];
    }

    public bool WithLevels { get; }

    public CompetencyFramework Framework { get; }

    public IReadOnlyList<Role> Roles { get; }

    /// <summary>People with a number of assessments each: half from a "home" role's competencies, half anywhere.</summary>
    public List<Person> CreatePeople(int count, int assessmentsPerPerson)
    {
        var people = new List<Person>(count);
        for (var p = 0; p < count; p++)
        {
            var home = Roles[random.Next(Roles.Count)].Requirements;
            var assessments = new CompetencyAssessment[assessmentsPerPerson];
            for (var a = 0; a < assessmentsPerPerson; a++)
            {
                var competency = a % 2 == 0 ? home[random.Next(home.Length)].CompetencyIds[0] : competencyIds[Popular()];
                var on = AsOf.PlusDays(-random.Next(6 * 365));
                LocalDate? expires = random.Next(20) == 0 ? on.PlusYears(2) : null;
                assessments[a] = new CompetencyAssessment(competency, Levels[1 + random.Next(7)], on, AssessmentSource.Manager, expires);
            }

            people.Add(new Person($"person-{p:D6}", assessments));
        }

        return people;
    }

    public Catalogue CreateCatalogue(IEnumerable<Person> people) => new([Framework], Roles, people);

    /// <summary>Skewed towards low numbers: a few competencies are required by many roles.</summary>
    private int Popular() => (int)(CompetencyCount * Math.Pow(random.NextDouble(), 2.5));

    private int[] RequirementCounts()
    {
        var counts = Enumerable.Range(0, RoleCount).Select(_ => 15 + random.Next(53)).ToArray();
        var difference = RequirementCount - counts.Sum();
        while (difference != 0)
        {
            var r = random.Next(RoleCount);
            var step = Math.Sign(difference);
            if (counts[r] + step is >= 5 and <= 120)
            {
                counts[r] += step;
                difference -= step;
            }
        }

        return counts;
    }

    private Role CreateRole(int index, int count)
    {
        var chosen = new HashSet<int>();
        while (chosen.Count < count)
        {
            chosen.Add(random.Next(3) == 0 ? Popular() : random.Next(CompetencyCount));
        }

        var requirements = chosen.Select(c => new CompetencyRequirement(
            competencyIds[c],
            WithLevels ? Levels[2 + random.Next(5)] : null,
            random.NextDouble() < 0.3 ? RequirementImportance.Essential : RequirementImportance.Optional));
        return new Role($"http://data.europa.eu/esco/occupation/o{index:D4}", LocalizedText.Of("en", $"Occupation {index}"), requirements: requirements);
    }
}
