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
        var competencyOrder = new List<int>();
        var fails = new Dictionary<int, bool[]>();
        var requirements = ImmutableArray.CreateBuilder<RequirementCoverage>();
        var benches = ImmutableArray.CreateBuilder<RoleBench>(roleSet.Length);
        foreach (var r in roleSet)
        {
            var bench = Enumerable.Repeat(true, personSet.Length).ToArray();
            for (var q = roles.RequirementStart[r]; q < roles.RequirementStart[r + 1]; q++)
            {
                var meeting = ImmutableArray.CreateBuilder<string>();
                for (var i = 0; i < personSet.Length; i++)
                {
                    var met = false;
                    for (var m = roles.MemberStart[q]; m < roles.MemberStart[q + 1]; m++)
                    {
                        var c = roles.MemberCompetency[m];
                        if (!fails.TryGetValue(c, out var failed))
                        {
                            fails.Add(c, failed = new bool[personSet.Length]);
                            competencyOrder.Add(c);
                        }

                        var memberMet = kernel.HeldFulfilment(q, c, personSet[i]) == 1.0;
                        failed[i] |= !memberMet;
                        met |= memberMet;
                    }

                    bench[i] &= met || !roles.Essential[q];
                    if (met)
                    {
                        meeting.Add(people.Ids[personSet[i]]);
                    }
                }

                requirements.Add(new RequirementCoverage(roles.Ids[r], roles.Effective[r].Requirements[q - roles.RequirementStart[r]], meeting.ToImmutable()));
            }

            benches.Add(new RoleBench(roles.Ids[r], [.. personSet.Where((_, i) => bench[i]).Select(p => people.Ids[p])]));
        }

        var competencyIds = roles.Competencies.ToDictionary(pair => pair.Value, pair => pair.Key);
        var competencies = competencyOrder.Select(c => new CompetencyCoverage(
            competencyIds[c], [.. personSet.Where((_, i) => !fails[c][i]).Select(p => people.Ids[p])]));
        return new CoverageReport(requirements.ToImmutable(), [.. competencies], benches.MoveToImmutable());
    }
}
