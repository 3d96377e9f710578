namespace RoleModel.Analysis;

/// <summary>
/// The hot loops of the indexed path: the score of one (role, person) pair from the compiled tables, with
/// caller-provided scratch space so that scoring a candidate allocates nothing. Sums in requirement order,
/// exactly as <see cref="GapAnalyzer"/> does, so both paths give the same score.
/// </summary>
internal sealed class FitKernel(RoleTable roles, PersonTable people, ScaleTable scales, double essentialShare)
{
    /// <summary>Scores role r against person p by merging the role's sorted members with the person's sorted holdings.</summary>
    internal double ScoreMerged(int r, int p, Span<double> best, out bool allEssentialMet)
    {
        var first = roles.RequirementStart[r];
        best = best[..(roles.RequirementStart[r + 1] - first)];
        best.Fill(-1.0);
        int m = roles.MemberStart[first], mEnd = roles.MemberStart[roles.RequirementStart[r + 1]];
        int h = people.Start[p], hEnd = people.Start[p + 1];
        var heldCompetency = people.Competency;
        while (m < mEnd && h < hEnd)
        {
            var c = roles.SortedCompetency[m];
            var held = heldCompetency[h];
            if (held < c)
            {
                h++;
            }
            else
            {
                if (held == c)
                {
                    var slot = roles.SortedSlot[m];
                    var f = Fulfilment(first + slot, people.Scale[h], people.Rank[h]);
                    if (f > best[slot])
                    {
                        best[slot] = f;
                    }
                }

                m++;
            }
        }

        return Sum(r, best, out allEssentialMet);
    }

    /// <summary>Scores role r against one person given as dense arrays indexed by competency number (scale + 3, 0 = none).</summary>
    internal double ScoreDense(int r, ReadOnlySpan<int> denseScale, ReadOnlySpan<int> denseRank, Span<double> best, out bool allEssentialMet)
    {
        var first = roles.RequirementStart[r];
        var count = roles.RequirementStart[r + 1] - first;
        best = best[..count];
        for (var k = 0; k < count; k++)
        {
            var f = -1.0;
            for (var m = roles.MemberStart[first + k]; m < roles.MemberStart[first + k + 1]; m++)
            {
                var c = roles.MemberCompetency[m];
                if (denseScale[c] != 0)
                {
                    f = Math.Max(f, Fulfilment(first + k, denseScale[c] - 3, denseRank[c]));
                }
            }

            best[k] = f;
        }

        return Sum(r, best, out allEssentialMet);
    }

    /// <summary>The fulfilment of requirement q by person p's held level of competency c, or -1 when p holds none.</summary>
    internal double HeldFulfilment(int q, int c, int p)
    {
        var h = Array.BinarySearch(people.Competency, people.Start[p], people.Start[p + 1] - people.Start[p], c);
        return h < 0 ? -1.0 : Fulfilment(q, people.Scale[h], people.Rank[h]);
    }

    private double Fulfilment(int q, int heldScale, int heldRank)
    {
        LevelRule.Evaluate(scales, roles.RequiredScale[q], roles.RequiredRank[q], heldScale, heldRank, out var f, out _, out _);
        return f;
    }

    private double Sum(int r, ReadOnlySpan<double> best, out bool allEssentialMet)
    {
        var first = roles.RequirementStart[r];
        double essentialSum = 0, optionalSum = 0;
        allEssentialMet = true;
        for (var k = 0; k < best.Length; k++)
        {
            var f = Math.Max(best[k], 0.0);
            if (roles.Essential[first + k])
            {
                essentialSum += roles.Weight[first + k] * f;
                allEssentialMet &= f == 1.0;
            }
            else
            {
                optionalSum += roles.Weight[first + k] * f;
            }
        }

        return FitScore.Combine(essentialSum, roles.EssentialWeight[r], optionalSum, roles.OptionalWeight[r], essentialShare);
    }
}
