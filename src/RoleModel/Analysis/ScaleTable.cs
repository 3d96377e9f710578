namespace RoleModel.Analysis;

/// <summary>
/// The scales of a catalogue interned to small integers, with level positions and the declared mappings as
/// rank tables, so that levels are compared without string work. Shared by the detailed and the indexed path.
/// </summary>
/// <remarks>
/// The mappings are those the catalogue's frameworks declare, then those of the options; a mapping of the options
/// replaces a declared one between the same scales in the same direction, so that code can correct a document.
/// </remarks>
internal sealed class ScaleTable
{
    /// <summary>Scale number of a level that names no level (a requirement without a level).</summary>
    internal const int NoLevel = -2;

    /// <summary>Scale number of a level whose scale or code the catalogue does not know.</summary>
    internal const int Unknown = -1;

    private readonly Dictionary<string, int> scaleIndex = new(StringComparer.Ordinal);
    private readonly List<ProficiencyScale> scales = [];
    private readonly List<double[]> positions = [];
    private readonly Dictionary<(int Source, int Target), int[]> mappedRanks = [];

    internal ScaleTable(Catalogue catalogue, AnalysisOptions options)
    {
        foreach (var scale in catalogue.Frameworks.SelectMany(f => f.Scales))
        {
            if (scaleIndex.TryAdd(scale.Id, scales.Count))
            {
                scales.Add(scale);
                positions.Add([.. scale.Levels.Select(l => scale.GetPosition(l.Code))]);
            }
        }

        foreach (var mapping in catalogue.Frameworks.SelectMany(f => f.ScaleMappings))
        {
            AddMapping(mapping, declared: true);
        }

        foreach (var mapping in options.ScaleMappings)
        {
            AddMapping(mapping, declared: false);
        }
    }

    /// <summary>The number of scales.</summary>
    internal int Count => scales.Count;

    /// <summary>Resolves a level to (scale number, rank); <see cref="NoLevel"/> for null, <see cref="Unknown"/> when unresolvable.</summary>
    internal (int Scale, int Rank) Resolve(LevelReference? level)
    {
        if (level is null)
        {
            return (NoLevel, 0);
        }

        if (!scaleIndex.TryGetValue(level.ScaleId, out var scale))
        {
            return (Unknown, 0);
        }

        var rank = scales[scale].IndexOf(level.LevelCode);
        return rank < 0 ? (Unknown, 0) : (scale, rank);
    }

    internal double Position(int scale, int rank) => positions[scale][rank];

    /// <summary>The positions on [0, 1] of the levels of a scale, by rank.</summary>
    internal double[] Positions(int scale) => positions[scale];

    /// <summary>The rank of a held level on another scale, or -1 when no declared mapping connects them.</summary>
    internal int RankOn(int heldScale, int heldRank, int targetScale)
    {
        if (heldScale == targetScale)
        {
            return heldRank;
        }

        return heldScale >= 0 && mappedRanks.TryGetValue((heldScale, targetScale), out var ranks) ? ranks[heldRank] : -1;
    }

    /// <summary>Enters a mapping. A declared one that breaks a rule (which validation reports) is entered only as far as
    /// it is sound: the first declaration of a pair counts, correspondences naming unknown levels are left out.</summary>
    private void AddMapping(ScaleMapping mapping, bool declared)
    {
        if (!scaleIndex.TryGetValue(mapping.SourceScaleId, out var source) || !scaleIndex.TryGetValue(mapping.TargetScaleId, out var target))
        {
            return; // A mapping between scales this catalogue does not have can never apply.
        }

        if (declared && mappedRanks.ContainsKey((source, target)))
        {
            return;
        }

        var ranks = new int[scales[source].Levels.Length];
        Array.Fill(ranks, -1);
        foreach (var (from, to) in mapping.Levels)
        {
            var fromRank = scales[source].IndexOf(from);
            var toRank = scales[target].IndexOf(to);
            if (fromRank < 0 || toRank < 0)
            {
                if (declared)
                {
                    continue;
                }

                throw new ArgumentException($"The scale mapping from '{mapping.SourceScaleId}' to '{mapping.TargetScaleId}' must name only levels of those scales, not '{(fromRank < 0 ? from : to)}'.");
            }

            ranks[fromRank] = toRank;
        }

        mappedRanks[(source, target)] = ranks;
    }
}
