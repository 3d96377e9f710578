using NodaTime;

namespace RoleModel.Analysis;

/// <summary>
/// The people of a catalogue compiled to flat arrays: per person the latest assessment valid on the day of
/// each competency some role requires, as (competency number, packed scale and rank), sorted by competency number.
/// </summary>
internal sealed class PersonTable
{
    internal PersonTable(IReadOnlyList<Person> people, Dictionary<string, int> competencies, ScaleTable scales, LocalDate asOf)
    {
        People = [.. people];
        Ids = [.. People.Select(p => p.Id)];
        IndexById = new(StringComparer.Ordinal);
        for (var p = 0; p < Ids.Length; p++)
        {
            IndexById.TryAdd(Ids[p], p);
        }

        OrdinalRank = RoleTable.OrdinalRanks(Ids);
        Start = new int[People.Length + 1];
        var competency = new List<int>();
        var packed = new List<int>();
        for (var p = 0; p < People.Length; p++)
        {
            Start[p] = competency.Count;
            foreach (var (c, assessment) in Held(People[p], competencies, asOf))
            {
                var (s, k) = scales.Resolve(assessment.Level);
                competency.Add(c);
                packed.Add(FitKernel.Pack(s, k));
            }
        }

        Start[People.Length] = competency.Count;
        (Competency, Packed) = (competency.ToArray(), packed.ToArray());
    }

    internal Person[] People { get; }

    internal string[] Ids { get; }

    internal Dictionary<string, int> IndexById { get; }

    internal int[] OrdinalRank { get; }

    internal int[] Start { get; }

    internal int[] Competency { get; }

    /// <summary>The held level of each entry, packed by <see cref="FitKernel.Pack"/>.</summary>
    internal int[] Packed { get; }

    /// <summary>The latest valid assessment per required competency (on a tie, the later in document order), sorted by number.</summary>
    internal static List<(int Competency, CompetencyAssessment Assessment)> Held(Person person, Dictionary<string, int> competencies, LocalDate asOf)
    {
        var valid = new List<(int Competency, LocalDate Day, int Order, CompetencyAssessment Assessment)>(person.Assessments.Length);
        for (var i = 0; i < person.Assessments.Length; i++)
        {
            var assessment = person.Assessments[i];
            if (assessment.IsValidOn(asOf) && competencies.TryGetValue(assessment.CompetencyId, out var c))
            {
                valid.Add((c, assessment.AssessedOn, i, assessment));
            }
        }

        valid.Sort((a, b) => a.Competency != b.Competency ? a.Competency.CompareTo(b.Competency)
            : a.Day != b.Day ? a.Day.CompareTo(b.Day) : a.Order.CompareTo(b.Order));
        var held = new List<(int Competency, CompetencyAssessment Assessment)>(valid.Count);
        for (var i = 0; i < valid.Count; i++)
        {
            if (i + 1 == valid.Count || valid[i + 1].Competency != valid[i].Competency)
            {
                held.Add((valid[i].Competency, valid[i].Assessment));
            }
        }

        return held;
    }
}
