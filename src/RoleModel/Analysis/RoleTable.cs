namespace RoleModel.Analysis;

/// <summary>
/// The effective roles of a catalogue compiled to flat arrays: per requirement its weight, importance and
/// required (scale, rank); per requirement its member competencies as interned numbers; per role its members
/// sorted by competency number with the requirement slot they belong to (for merging with a person).
/// </summary>
internal sealed class RoleTable
{
    internal RoleTable(Catalogue catalogue, ScaleTable scales)
    {
        Effective = [.. catalogue.Roles.Select(catalogue.Resolve)];
        Ids = [.. Effective.Select(r => r.Id)];
        IndexById = new(StringComparer.Ordinal);
        for (var r = 0; r < Ids.Length; r++)
        {
            IndexById.TryAdd(Ids[r], r);
        }

        OrdinalRank = OrdinalRanks(Ids);
        var requirementCount = Effective.Sum(r => r.Requirements.Length);
        var memberCount = Effective.Sum(r => r.Requirements.Sum(q => q.CompetencyIds.Length));
        RequirementStart = new int[Effective.Length + 1];
        (Weight, Essential, RequiredScale, RequiredRank) = (new double[requirementCount], new bool[requirementCount], new int[requirementCount], new int[requirementCount]);
        (EssentialWeight, OptionalWeight) = (new double[Effective.Length], new double[Effective.Length]);
        MemberStart = new int[requirementCount + 1];
        MemberCompetency = new int[memberCount];
        SortedCompetency = new int[memberCount];
        SortedSlot = new int[memberCount];
        Compile(scales);
    }

    internal Role[] Effective { get; }

    internal string[] Ids { get; }

    internal Dictionary<string, int> IndexById { get; }

    internal int[] OrdinalRank { get; }

    internal Dictionary<string, int> Competencies { get; } = new(StringComparer.Ordinal);

    internal int[] RequirementStart { get; }

    internal double[] Weight { get; }

    internal bool[] Essential { get; }

    internal int[] RequiredScale { get; }

    internal int[] RequiredRank { get; }

    internal double[] EssentialWeight { get; }

    internal double[] OptionalWeight { get; }

    internal int[] MemberStart { get; }

    internal int[] MemberCompetency { get; }

    /// <summary>Members of each role sorted by competency number; a role's members start at MemberStart[RequirementStart[r]].</summary>
    internal int[] SortedCompetency { get; }

    /// <summary>The requirement slot (0-based within the role) of each sorted member.</summary>
    internal int[] SortedSlot { get; }

    internal int MaxRequirements { get; private set; }

    /// <summary>Whether a competency occurs in more than one requirement of the role (the dense paths need it once).</summary>
    internal bool[] RepeatsCompetency { get; private set; } = [];

    /// <summary>Postings: the roles that require competency c are PostingRole[PostingStart[c]..PostingStart[c + 1]].</summary>
    internal int[] PostingStart { get; private set; } = [];

    internal int[] PostingRole { get; private set; } = [];

    internal static int[] OrdinalRanks(string[] ids)
    {
        var order = Enumerable.Range(0, ids.Length).ToArray();
        Array.Sort(order, (a, b) => string.CompareOrdinal(ids[a], ids[b]) is var c && c != 0 ? c : a.CompareTo(b));
        var rank = new int[ids.Length];
        for (var i = 0; i < order.Length; i++)
        {
            rank[order[i]] = i;
        }

        return rank;
    }

    private void Compile(ScaleTable scales)
    {
        int q = 0, m = 0;
        for (var r = 0; r < Effective.Length; r++)
        {
            RequirementStart[r] = q;
            var firstMember = m;
            foreach (var requirement in Effective[r].Requirements)
            {
                MemberStart[q] = m;
                (Weight[q], Essential[q]) = (requirement.Weight, requirement.Importance == RequirementImportance.Essential);
                (RequiredScale[q], RequiredRank[q]) = scales.Resolve(requirement.MinimumLevel);
                if (Essential[q])
                {
                    EssentialWeight[r] += requirement.Weight;
                }
                else
                {
                    OptionalWeight[r] += requirement.Weight;
                }

                foreach (var competencyId in requirement.CompetencyIds)
                {
                    if (!Competencies.TryGetValue(competencyId, out var c))
                    {
                        Competencies.Add(competencyId, c = Competencies.Count);
                    }

                    (MemberCompetency[m], SortedCompetency[m], SortedSlot[m]) = (c, c, q - RequirementStart[r]);
                    m++;
                }

                q++;
            }

            MaxRequirements = Math.Max(MaxRequirements, q - RequirementStart[r]);
            Array.Sort(SortedCompetency, SortedSlot, firstMember, m - firstMember);
        }

        RequirementStart[Effective.Length] = q;
        MemberStart[q] = m;
        BuildPostings();
    }

    private void BuildPostings()
    {
        RepeatsCompetency = new bool[Effective.Length];
        PostingStart = new int[Competencies.Count + 1];
        PostingRole = new int[SortedCompetency.Length];
        foreach (var c in SortedCompetency)
        {
            PostingStart[c + 1]++;
        }

        for (var c = 0; c < Competencies.Count; c++)
        {
            PostingStart[c + 1] += PostingStart[c];
        }

        var next = PostingStart[..^1];
        for (var r = 0; r < Effective.Length; r++)
        {
            int first = MemberStart[RequirementStart[r]], end = MemberStart[RequirementStart[r + 1]];
            for (var m = first; m < end; m++)
            {
                RepeatsCompetency[r] |= m > first && SortedCompetency[m] == SortedCompetency[m - 1];
                PostingRole[next[SortedCompetency[m]]++] = r;
            }
        }
    }
}
