using NodaTime;

namespace RoleModel.Benchmarks;

/// <summary>
/// The straightforward implementation a user would write by hand with LINQ over the domain objects: the same
/// rules and formula as RoleModel.Analysis (one scale, no mappings, essential share 0.8), without an index.
/// </summary>
public static class LinqFit
{
    public static List<(string Id, double Score)> RankRoles(Catalogue catalogue, Person person, LocalDate day, int count)
    {
        var held = Held(person, day);
        return [.. catalogue.Roles
            .Select(role => (role.Id, Score: Score(catalogue, catalogue.Resolve(role), held)))
            .OrderByDescending(x => x.Score)
            .ThenBy(x => x.Id, StringComparer.Ordinal)
            .Take(count)];
    }

    public static List<(string Id, double Score)> RankPeople(Catalogue catalogue, Role role, LocalDate day, int count)
    {
        var effective = catalogue.Resolve(role);
        return [.. catalogue.People
            .Select(person => (person.Id, Score: Score(catalogue, effective, Held(person, day))))
            .OrderByDescending(x => x.Score)
            .ThenBy(x => x.Id, StringComparer.Ordinal)
            .Take(count)];
    }

    private static Dictionary<string, CompetencyAssessment> Held(Person person, LocalDate day) =>
        person.Assessments
            .Select((a, i) => (a, i))
            .Where(x => x.a.IsValidOn(day))
            .GroupBy(x => x.a.CompetencyId, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.OrderBy(x => x.a.AssessedOn).ThenBy(x => x.i).Last().a, StringComparer.Ordinal);

    private static double Score(Catalogue catalogue, Role role, Dictionary<string, CompetencyAssessment> held)
    {
        var fulfilments = role.Requirements
            .Select(r => (r.Importance, r.Weight, F: r.CompetencyIds.Max(c => Fulfilment(catalogue, r, held.GetValueOrDefault(c)))))
            .ToList();
        var essential = fulfilments.Where(x => x.Importance == RequirementImportance.Essential).ToList();
        var optional = fulfilments.Where(x => x.Importance == RequirementImportance.Optional).ToList();
        double essentialWeight = essential.Sum(x => x.Weight), optionalWeight = optional.Sum(x => x.Weight);
        double essentialFit = essential.Sum(x => x.Weight * x.F), optionalFit = optional.Sum(x => x.Weight * x.F);
        return (essential.Count, optional.Count) switch
        {
            (0, 0) => 1.0,
            (0, _) => optionalFit / optionalWeight,
            (_, 0) => essentialFit / essentialWeight,
            _ => (0.8 * (essentialFit / essentialWeight)) + (0.2 * (optionalFit / optionalWeight)),
        };
    }

    private static double Fulfilment(Catalogue catalogue, CompetencyRequirement requirement, CompetencyAssessment? assessment)
    {
        if (assessment is null)
        {
            return 0.0;
        }

        if (requirement.MinimumLevel is not { } required)
        {
            return 1.0;
        }

        if (assessment.Level.ScaleId != required.ScaleId || catalogue.FindScale(required.ScaleId) is not { } scale)
        {
            return 0.0;
        }

        var gap = scale.GetPosition(required.LevelCode) - scale.GetPosition(assessment.Level.LevelCode);
        return gap <= 0 ? 1.0 : 1.0 - gap;
    }
}
