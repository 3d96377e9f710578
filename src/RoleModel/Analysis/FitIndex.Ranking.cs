using System.Buffers;
using System.Collections.Immutable;

namespace RoleModel.Analysis;

/// <summary>Ranking: top-k roles for a person and top-k people for a role.</summary>
public sealed partial class FitIndex
{
    /// <summary>The roles that fit a person of the catalogue best: score descending, then role identifier (ordinal).</summary>
    /// <param name="personId">The person identifier.</param>
    /// <param name="count">The most hits to return; positive.</param>
    /// <param name="requireAllEssential">Whether to keep only roles whose essential requirements the person all meets; defaults to false.</param>
    /// <param name="includeAnalysis">Whether each hit carries its gap analysis; defaults to false.</param>
    /// <returns>At most <paramref name="count"/> hits, best first.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="personId"/> is null.</exception>
    /// <exception cref="ArgumentException">The catalogue has no person with that identifier.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="count"/> is not positive.</exception>
    public ImmutableArray<RankedFit> RankRoles(string personId, int count, bool requireAllEssential = false, bool includeAnalysis = false)
    {
        var p = PersonIndex(personId);
        return RankRoles(people.People[p], count, requireAllEssential, includeAnalysis);
    }

    /// <summary>The roles that fit a person best, who need not belong to the catalogue (a candidate): score descending, then role identifier (ordinal).</summary>
    /// <param name="person">The person.</param>
    /// <param name="count">The most hits to return; positive.</param>
    /// <param name="requireAllEssential">Whether to keep only roles whose essential requirements the person all meets; defaults to false.</param>
    /// <param name="includeAnalysis">Whether each hit carries its gap analysis; defaults to false.</param>
    /// <returns>At most <paramref name="count"/> hits, best first.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="person"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="count"/> is not positive.</exception>
    public ImmutableArray<RankedFit> RankRoles(Person person, int count, bool requireAllEssential = false, bool includeAnalysis = false)
    {
        Preconditions.CheckNotNull(person);
        CheckCount(count, nameof(count));
        var top = new TopK(Math.Min(count, Math.Max(roles.Ids.Length, 1)), roles.OrdinalRank);
        var held = ArrayPool<int>.Shared.Rent(roles.Competencies.Count);
        var touched = ArrayPool<bool>.Shared.Rent(roles.Ids.Length);
        var best = ArrayPool<double>.Shared.Rent(roles.MaxRequirements);
        try
        {
            Array.Clear(held, 0, roles.Competencies.Count);
            Array.Clear(touched, 0, roles.Ids.Length);
            var personHeld = new List<(int Competency, CompetencyAssessment Assessment)>();
            PersonTable.Held(person, roles.Competencies, AsOf, [], personHeld);
            foreach (var (c, assessment) in personHeld)
            {
                var (scale, rank) = scales.Resolve(assessment.Level);
                held[c] = FitKernel.Pack(scale, rank);
                for (var i = roles.PostingStart[c]; i < roles.PostingStart[c + 1]; i++)
                {
                    touched[roles.PostingRole[i]] = true;
                }
            }

            for (var r = 0; r < roles.Ids.Length; r++)
            {
                bool allMet;
                var score = touched[r] ? kernel.ScoreDense(r, held, best, out allMet) : kernel.EmptyScore(r, out allMet);
                if (allMet || !requireAllEssential)
                {
                    top.Offer(r, score, allMet);
                }
            }
        }
        finally
        {
            ArrayPool<int>.Shared.Return(held);
            ArrayPool<bool>.Shared.Return(touched);
            ArrayPool<double>.Shared.Return(best);
        }

        return ToHits(top, r => (r, person), includeAnalysis);
    }

    /// <summary>The people of the catalogue who fit a role best: score descending, then person identifier (ordinal).</summary>
    /// <param name="roleId">The role identifier.</param>
    /// <param name="count">The most hits to return; positive.</param>
    /// <param name="requireAllEssential">Whether to keep only people who meet every essential requirement; defaults to false.</param>
    /// <param name="includeAnalysis">Whether each hit carries its gap analysis; defaults to false.</param>
    /// <returns>At most <paramref name="count"/> hits, best first.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="roleId"/> is null.</exception>
    /// <exception cref="ArgumentException">The catalogue has no role with that identifier.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="count"/> is not positive.</exception>
    public ImmutableArray<RankedFit> RankPeople(string roleId, int count, bool requireAllEssential = false, bool includeAnalysis = false)
    {
        var r = RoleIndex(roleId);
        CheckCount(count, nameof(count));
        var top = new TopK(Math.Min(count, Math.Max(people.Ids.Length, 1)), people.OrdinalRank);
        var slotOf = ArrayPool<int>.Shared.Rent(roles.Competencies.Count);
        var best = ArrayPool<double>.Shared.Rent(roles.MaxRequirements);
        try
        {
            Array.Clear(slotOf, 0, roles.Competencies.Count);
            var first = roles.RequirementStart[r];
            for (var q = first; q < roles.RequirementStart[r + 1]; q++)
            {
                for (var m = roles.MemberStart[q]; m < roles.MemberStart[q + 1]; m++)
                {
                    slotOf[roles.MemberCompetency[m]] = q - first + 1;
                }
            }

            for (var p = 0; p < people.Ids.Length; p++)
            {
                var score = kernel.ScorePerson(r, slotOf, p, best, out var allMet);
                if (allMet || !requireAllEssential)
                {
                    top.Offer(p, score, allMet);
                }
            }
        }
        finally
        {
            ArrayPool<int>.Shared.Return(slotOf);
            ArrayPool<double>.Shared.Return(best);
        }

        return ToHits(top, p => (r, people.People[p]), includeAnalysis);
    }

    private ImmutableArray<RankedFit> ToHits(TopK top, Func<int, (int Role, Person Person)> pair, bool includeAnalysis)
    {
        var hits = ImmutableArray.CreateBuilder<RankedFit>(top.Count);
        foreach (var (item, score, allMet) in top.ToSortedArray())
        {
            var (r, person) = pair(item);
            var analysis = includeAnalysis ? analyzer.Analyze(roles.Effective[r], person) : null;
            hits.Add(new RankedFit(roles.Ids[r], person.Id, score, allMet, analysis));
        }

        return hits.MoveToImmutable();
    }
}
