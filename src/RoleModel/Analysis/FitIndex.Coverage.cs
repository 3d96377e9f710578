using System.Collections.Immutable;

namespace RoleModel.Analysis;

/// <summary>Coverage: who meets what across a set of roles and people.</summary>
public sealed partial class FitIndex
{
    /// <summary>How a set of people of the catalogue covers a set of its roles.</summary>
    /// <param name="roleIds">The role identifiers, distinct.</param>
    /// <param name="personIds">The person identifiers, distinct.</param>
    /// <returns>The report: per requirement and competency who meets it, single points of failure, bench strength per role.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">An identifier is blank, repeated, or not a role or person of the catalogue.</exception>
    public CoverageReport Coverage(IEnumerable<string> roleIds, IEnumerable<string> personIds)
    {
        var roleSet = Preconditions.CheckDistinctIdentifiers(Preconditions.CheckNotNull(roleIds)).Select(id => RoleIndex(id, nameof(roleIds))).ToArray();
        var personSet = Preconditions.CheckDistinctIdentifiers(Preconditions.CheckNotNull(personIds)).Select(id => PersonIndex(id, nameof(personIds))).ToArray();

        // Work from the holders of each competency instead of asking every person about every requirement: a
        // competency is held by few of the people, so the cost follows the holdings, not requirements x people.
        var holders = Holders(personSet);
        var competencyOrder = new List<int>();
        var tallies = new Dictionary<int, CompetencyTally>();
        var metStamp = new int[personSet.Length];
        var essentialMet = new int[personSet.Length];
        var meeting = new List<int>();
        var stamp = 0;
        var requirements = ImmutableArray.CreateBuilder<RequirementCoverage>();
        var benches = ImmutableArray.CreateBuilder<RoleBench>(roleSet.Length);
        foreach (var r in roleSet)
        {
            Array.Clear(essentialMet);
            var essentialCount = 0;
            for (var q = roles.RequirementStart[r]; q < roles.RequirementStart[r + 1]; q++)
            {
                stamp++;
                meeting.Clear();
                for (var m = roles.MemberStart[q]; m < roles.MemberStart[q + 1]; m++)
                {
                    var c = roles.MemberCompetency[m];
                    if (!tallies.TryGetValue(c, out var tally))
                    {
                        tallies.Add(c, tally = new CompetencyTally(personSet.Length));
                        competencyOrder.Add(c);
                    }

                    tally.Visits++;
                    foreach (var (i, h) in holders.GetValueOrDefault(c, []))
                    {
                        if (kernel.FulfilmentAt(q, h) != 1.0)
                        {
                            continue;
                        }

                        tally.Met[i]++;
                        if (metStamp[i] != stamp)
                        {
                            metStamp[i] = stamp;
                            meeting.Add(i);
                        }
                    }
                }

                if (roles.Essential[q])
                {
                    essentialCount++;
                    foreach (var i in meeting)
                    {
                        essentialMet[i]++;
                    }
                }

                meeting.Sort();
                requirements.Add(new RequirementCoverage(
                    roles.Ids[r], roles.Effective[r].Requirements[q - roles.RequirementStart[r]], [.. meeting.Select(i => people.Ids[personSet[i]])]));
            }

            benches.Add(new RoleBench(roles.Ids[r], [.. personSet.Where((_, i) => essentialMet[i] == essentialCount).Select(p => people.Ids[p])]));
        }

        var competencyIds = roles.Competencies.ToDictionary(pair => pair.Value, pair => pair.Key);
        var competencies = competencyOrder.Select(c => new CompetencyCoverage(
            competencyIds[c], [.. personSet.Where((_, i) => tallies[c].Met[i] == tallies[c].Visits).Select(p => people.Ids[p])]));
        return new CoverageReport(requirements.ToImmutable(), [.. competencies], benches.MoveToImmutable());
    }

    /// <summary>For each competency, the people of the set holding it: their position in the set and their holding in the table.</summary>
    private Dictionary<int, List<(int Person, int Holding)>> Holders(int[] personSet)
    {
        var holders = new Dictionary<int, List<(int Person, int Holding)>>();
        for (var i = 0; i < personSet.Length; i++)
        {
            for (var h = people.Start[personSet[i]]; h < people.Start[personSet[i] + 1]; h++)
            {
                var c = people.Competency[h];
                if (!holders.TryGetValue(c, out var list))
                {
                    holders.Add(c, list = []);
                }

                list.Add((i, h));
            }
        }

        return holders;
    }

    /// <summary>How often a competency was asked for across the requirements visited, and how often each person met it.</summary>
    private sealed class CompetencyTally(int people)
    {
        public int Visits { get; set; }

        public int[] Met { get; } = new int[people];
    }
}
