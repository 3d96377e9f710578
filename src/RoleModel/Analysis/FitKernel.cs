namespace RoleModel.Analysis;

/// <summary>
/// The hot loops of the indexed path: the score of one (role, person) pair from the compiled tables, with
/// caller-provided scratch space so that scoring a candidate allocates nothing. Sums in requirement order,
/// exactly as <see cref="GapAnalyzer"/> does, so both paths give the same score to the last bit.
/// </summary>
/// <remarks>A person is "dense" when given as an array indexed by competency number holding
/// <see cref="Pack"/>ed levels (0 = none); a role is "dense" when given as an array indexed by competency
/// number holding the requirement slot + 1 (0 = not required).</remarks>
internal sealed class FitKernel
{
    private readonly RoleTable roles;
    private readonly PersonTable people;
    private readonly ScaleTable scales;
    private readonly double essentialShare;
    private readonly double[] emptyScore;
    private readonly double[]?[] positions;
    private readonly double[] requiredPosition;

    internal FitKernel(RoleTable roles, PersonTable people, ScaleTable scales, double essentialShare)
    {
        (this.roles, this.people, this.scales, this.essentialShare) = (roles, people, scales, essentialShare);
        emptyScore = new double[roles.Ids.Length];
        for (var r = 0; r < emptyScore.Length; r++)
        {
            emptyScore[r] = FitScore.Combine(0.0, roles.EssentialWeight[r], 0.0, roles.OptionalWeight[r], essentialShare);
        }

        positions = new double[]?[scales.Count];
        requiredPosition = new double[roles.RequiredScale.Length];
        for (var q = 0; q < requiredPosition.Length; q++)
        {
            if (roles.RequiredScale[q] >= 0)
            {
                positions[roles.RequiredScale[q]] = scales.Positions(roles.RequiredScale[q]);
                requiredPosition[q] = scales.Position(roles.RequiredScale[q], roles.RequiredRank[q]);
            }
        }
    }

    /// <summary>A held level as one non-zero number: scale + 3 (so that unknown scales stay non-zero) and rank.</summary>
    internal static int Pack(int scale, int rank) => ((scale + 3) << 16) | rank;

    /// <summary>The score of a role against a person who holds none of its competencies.</summary>
    internal double EmptyScore(int r, out bool allEssentialMet)
    {
        allEssentialMet = roles.EssentialWeight[r] == 0;
        return emptyScore[r];
    }

    /// <summary>Scores role r against one dense person.</summary>
    internal double ScoreDense(int r, int[] held, Span<double> best, out bool allEssentialMet)
    {
        int first = roles.RequirementStart[r], count = roles.RequirementStart[r + 1] - first;
        var memberStart = roles.MemberStart;
        var memberCompetency = roles.MemberCompetency;
        for (var k = 0; k < count; k++)
        {
            var f = -1.0;
            for (int m = memberStart[first + k], end = memberStart[first + k + 1]; m < end; m++)
            {
                var level = held[memberCompetency[m]];
                if (level != 0)
                {
                    f = Math.Max(f, Fulfilment(first + k, level));
                }
            }

            best[k] = f;
        }

        return Sum(r, best[..count], out allEssentialMet);
    }

    /// <summary>Scores a dense role (slots of role r) against person p, or merges when the role repeats a competency.</summary>
    internal double ScorePerson(int r, int[] slotOf, int p, Span<double> best, out bool allEssentialMet)
    {
        int first = roles.RequirementStart[r], count = roles.RequirementStart[r + 1] - first;
        if (roles.RepeatsCompetency[r])
        {
            return ScoreMerged(r, p, best, out allEssentialMet);
        }

        var competency = people.Competency;
        var packed = people.Packed;
        var touched = false;
        for (int h = people.Start[p], end = people.Start[p + 1]; h < end; h++)
        {
            var slot = slotOf[competency[h]] - 1;
            if (slot < 0)
            {
                continue;
            }

            if (!touched)
            {
                best[..count].Fill(-1.0);
                touched = true;
            }

            best[slot] = Math.Max(best[slot], Fulfilment(first + slot, packed[h]));
        }

        return touched ? Sum(r, best[..count], out allEssentialMet) : EmptyScore(r, out allEssentialMet);
    }

    /// <summary>The fulfilment of requirement q by person p's held level of competency c, or -1 when p holds none.</summary>
    /// <summary>How far the holding at position <paramref name="h"/> of the person table meets requirement q (1 = met).</summary>
    internal double FulfilmentAt(int q, int h) => Fulfilment(q, people.Packed[h]);

    internal double HeldFulfilment(int q, int c, int p)
    {
        var h = Array.BinarySearch(people.Competency, people.Start[p], people.Start[p + 1] - people.Start[p], c);
        return h < 0 ? -1.0 : Fulfilment(q, people.Packed[h]);
    }

    /// <summary>Scores role r against person p by merging the role's sorted members with the person's sorted holdings.</summary>
    private double ScoreMerged(int r, int p, Span<double> best, out bool allEssentialMet)
    {
        int first = roles.RequirementStart[r], count = roles.RequirementStart[r + 1] - first;
        best[..count].Fill(-1.0);
        int m = roles.MemberStart[first], mEnd = roles.MemberStart[first + count];
        int h = people.Start[p], hEnd = people.Start[p + 1];
        while (m < mEnd && h < hEnd)
        {
            var c = roles.SortedCompetency[m];
            var held = people.Competency[h];
            if (held < c)
            {
                h++;
                continue;
            }

            if (held == c)
            {
                var slot = roles.SortedSlot[m];
                best[slot] = Math.Max(best[slot], Fulfilment(first + slot, people.Packed[h]));
            }

            m++;
        }

        return Sum(r, best[..count], out allEssentialMet);
    }

    private double Fulfilment(int q, int packed)
    {
        var requiredScale = roles.RequiredScale[q];
        if (requiredScale == ScaleTable.NoLevel)
        {
            return 1.0;
        }

        if (requiredScale >= 0 && (packed >> 16) - 3 == requiredScale)
        {
            // Same scale: the rule of LevelRule.Evaluate, inlined with the same arithmetic (so the same bits).
            var rank = packed & 0xFFFF;
            return rank >= roles.RequiredRank[q] ? 1.0 : 1.0 - (requiredPosition[q] - positions[requiredScale]![rank]);
        }

        LevelRule.Evaluate(scales, requiredScale, roles.RequiredRank[q], (packed >> 16) - 3, packed & 0xFFFF, out var f, out _, out _);
        return f;
    }

    private double Sum(int r, ReadOnlySpan<double> best, out bool allEssentialMet)
    {
        var first = roles.RequirementStart[r];
        var essential = roles.Essential;
        var weight = roles.Weight;
        double essentialSum = 0, optionalSum = 0;
        allEssentialMet = true;
        for (var k = 0; k < best.Length; k++)
        {
            var f = Math.Max(best[k], 0.0);
            if (essential[first + k])
            {
                essentialSum += weight[first + k] * f;
                allEssentialMet &= f == 1.0;
            }
            else
            {
                optionalSum += weight[first + k] * f;
            }
        }

        return FitScore.Combine(essentialSum, roles.EssentialWeight[r], optionalSum, roles.OptionalWeight[r], essentialShare);
    }
}
