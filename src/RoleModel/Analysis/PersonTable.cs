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
        var scratch = new List<ValidAssessment>();
        var held = new List<(int Competency, CompetencyAssessment Assessment)>();
        for (var p = 0; p < People.Length; p++)
        {
            Start[p] = competency.Count;
            held.Clear();
            Held(People[p], competencies, asOf, scratch, held);
            foreach (var (c, assessment) in held)
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

    /// <summary>Appends the latest valid assessment per required competency (on a tie, the later in document
    /// order) to <paramref name="held"/>, sorted by competency number; <paramref name="scratch"/> is reused working space.</summary>
    internal static void Held(
        Person person, Dictionary<string, int> competencies, LocalDate asOf, List<ValidAssessment> scratch, List<(int Competency, CompetencyAssessment Assessment)> held)
    {
        scratch.Clear();
        for (var i = 0; i < person.Assessments.Length; i++)
        {
            var assessment = person.Assessments[i];
            if (assessment.IsValidOn(asOf) && competencies.TryGetValue(assessment.CompetencyId, out var c))
            {
                scratch.Add(new(c, assessment.AssessedOn, i, assessment));
            }
        }

        scratch.Sort(static (a, b) => a.Competency != b.Competency ? a.Competency.CompareTo(b.Competency)
            : a.Day != b.Day ? a.Day.CompareTo(b.Day) : a.Order.CompareTo(b.Order));
        for (var i = 0; i < scratch.Count; i++)
        {
            if (i + 1 == scratch.Count || scratch[i + 1].Competency != scratch[i].Competency)
            {
                held.Add((scratch[i].Competency, scratch[i].Assessment));
            }
        }
    }

    /// <summary>A valid assessment with its competency number and its position in the document.</summary>
    internal readonly record struct ValidAssessment(int Competency, LocalDate Day, int Order, CompetencyAssessment Assessment);
}
