using RoleModel.History;
using RoleModel.Interop.Releases;

namespace RoleModel.Cli.Comparison;

/// <summary>
/// Two catalogues compared item by item, matched by id: roles (through the library's
/// <see cref="ReleaseComparer"/>, which finds added, removed, relabelled and regrouped roles, plus any other
/// change of a definition), requirements per role, competencies, and role histories change by change.
/// Comparing two releases of ESCO is one case of this.
/// </summary>
internal static class CatalogueComparer
{
    public static IReadOnlyList<CatalogueDifference> Compare(Catalogue older, Catalogue newer, Labels olderLabels, Labels newerLabels)
    {
        var differences = new List<CatalogueDifference>();
        var releases = ReleaseComparer.CompareRoles(older, newer);
        foreach (var change in releases.RoleChanges)
        {
            var labels = change.Kind == ReleaseRoleChangeKind.Removed ? olderLabels : newerLabels;
            var detail = change.Kind switch
            {
                ReleaseRoleChangeKind.Relabelled => TextChanges(newerLabels.W, "Compare.Title", older.FindRole(change.RoleId)!.Title, newer.FindRole(change.RoleId)!.Title),
                ReleaseRoleChangeKind.Regrouped => newerLabels.W.Format("Compare.Group", change.OldValue ?? newerLabels.W["List.None"], change.NewValue ?? newerLabels.W["List.None"]),
                _ => string.Empty,
            };
            differences.Add(new(DifferenceArea.Role, Text.Words(change.Kind), change.RoleId, labels.RoleTitle(change.RoleId), detail));
        }

        foreach (var role in newer.Roles)
        {
            if (older.FindRole(role.Id) is { } before)
            {
                CompareRole(before, role, newerLabels, differences);
            }
        }

        CompareCompetencies(older, newer, olderLabels, newerLabels, differences);
        CompareHistories(older, newer, olderLabels, newerLabels, differences);
        return [.. differences.OrderBy(d => d.Area).ThenBy(d => d.Change, StringComparer.Ordinal).ThenBy(d => d.Id, StringComparer.Ordinal)];
    }

    private static void CompareRole(Role before, Role after, Labels labels, List<CatalogueDifference> differences)
    {
        var w = labels.W;
        var changed = new List<string>();
        if (!before.Purpose.Equals(after.Purpose))
        {
            changed.Add(w["Compare.Purpose"]);
        }

        if (!before.Openness.Equals(after.Openness))
        {
            changed.Add(w.Format("Compare.Openness", labels.Openness(before.Openness), labels.Openness(after.Openness)));
        }

        if (!before.Outcomes.SequenceEqual(after.Outcomes))
        {
            changed.Add(w["Compare.Outcomes"]);
        }

        if (!before.Areas.SequenceEqual(after.Areas))
        {
            changed.Add(w["Compare.Areas"]);
        }

        if (!Equals(before.Template, after.Template))
        {
            changed.Add(w["Compare.Template"]);
        }

        if (changed.Count > 0)
        {
            differences.Add(new(DifferenceArea.Role, "changed", after.Id, labels.Show(after.Title), string.Join(", ", changed)));
        }

        var title = labels.Show(after.Title);
        foreach (var requirement in after.Requirements)
        {
            var id = $"{after.Id} / {requirement.Id}";
            var name = $"{title}: {string.Join(" | ", requirement.CompetencyIds.Select(labels.CompetencyName))}";
            if (before.FindRequirement(requirement.Id) is not { } old)
            {
                differences.Add(new(DifferenceArea.Requirement, "added", id, name, string.Empty));
            }
            else if (!old.Equals(requirement))
            {
                differences.Add(new(DifferenceArea.Requirement, "changed", id, name, RequirementDetail(w, old, requirement)));
            }
        }

        foreach (var requirement in before.Requirements.Where(r => after.FindRequirement(r.Id) is null))
        {
            differences.Add(new(DifferenceArea.Requirement, "removed", $"{after.Id} / {requirement.Id}",
                $"{title}: {string.Join(" | ", requirement.CompetencyIds)}", string.Empty));
        }
    }

    private static string RequirementDetail(Localization.Wording w, CompetencyRequirement old, CompetencyRequirement requirement)
    {
        var parts = new List<string>();
        if (!old.CompetencyIds.SequenceEqual(requirement.CompetencyIds))
        {
            parts.Add(w["Compare.Competencies"]);
        }

        if (!Equals(old.MinimumLevel, requirement.MinimumLevel))
        {
            parts.Add(w.Format("Compare.Level", old.MinimumLevel?.ToString() ?? w["Compare.AnyLevel"], requirement.MinimumLevel?.ToString() ?? w["Compare.AnyLevel"]));
        }

        if (old.Importance != requirement.Importance)
        {
            parts.Add(w.Format("Compare.Importance", w.Name(old.Importance), w.Name(requirement.Importance)));
        }

        if (!old.Weight.Equals(requirement.Weight))
        {
            parts.Add(w.Format("Compare.Weight", old.Weight.ToString("0.##", w.Culture), requirement.Weight.ToString("0.##", w.Culture)));
        }

        return parts.Count == 0 ? w["Compare.ExtensionData"] : string.Join(", ", parts);
    }

    private static void CompareCompetencies(Catalogue older, Catalogue newer, Labels olderLabels, Labels newerLabels, List<CatalogueDifference> differences)
    {
        var before = older.Frameworks.SelectMany(f => f.Competencies).ToDictionary(c => c.Id, StringComparer.Ordinal);
        var after = newer.Frameworks.SelectMany(f => f.Competencies).ToDictionary(c => c.Id, StringComparer.Ordinal);
        foreach (var (id, competency) in after)
        {
            if (!before.TryGetValue(id, out var old))
            {
                differences.Add(new(DifferenceArea.Competency, "added", id, newerLabels.Show(competency.Name), string.Empty));
            }
            else if (!old.Name.Equals(competency.Name))
            {
                differences.Add(new(DifferenceArea.Competency, "relabelled", id, newerLabels.Show(competency.Name), TextChanges(newerLabels.W, "Compare.Name", old.Name, competency.Name)));
            }
            else if (!old.Equals(competency))
            {
                differences.Add(new(DifferenceArea.Competency, "changed", id, newerLabels.Show(competency.Name), string.Empty));
            }
        }

        foreach (var (id, competency) in before.Where(pair => !after.ContainsKey(pair.Key)))
        {
            differences.Add(new(DifferenceArea.Competency, "removed", id, olderLabels.Show(competency.Name), string.Empty));
        }
    }

    private static void CompareHistories(Catalogue older, Catalogue newer, Labels olderLabels, Labels newerLabels, List<CatalogueDifference> differences)
    {
        foreach (var history in newer.Histories)
        {
            var title = newerLabels.RoleTitle(history.RoleId);
            if (older.FindHistory(history.RoleId) is not { } old)
            {
                differences.Add(new(DifferenceArea.History, "added", history.RoleId, title, newerLabels.W.Count(history.Changes.Length, "Count.Change")));
                continue;
            }

            if (HistoryDetail(newerLabels.W, old, history) is { Length: > 0 } detail)
            {
                differences.Add(new(DifferenceArea.History, "changed", history.RoleId, title, detail));
            }
        }

        foreach (var history in older.Histories.Where(h => newer.FindHistory(h.RoleId) is null))
        {
            differences.Add(new(DifferenceArea.History, "removed", history.RoleId, olderLabels.RoleTitle(history.RoleId), newerLabels.W.Count(history.Changes.Length, "Count.Change")));
        }
    }

    /// <summary>Which changes one history has and the other lacks, by change id, and which differ.</summary>
    private static string HistoryDetail(Localization.Wording w, RoleHistory old, RoleHistory history)
    {
        var before = old.Changes.ToDictionary(c => c.Id, StringComparer.Ordinal);
        var after = history.Changes.ToDictionary(c => c.Id, StringComparer.Ordinal);
        var added = after.Keys.Where(id => !before.ContainsKey(id)).ToList();
        var removed = before.Keys.Where(id => !after.ContainsKey(id)).ToList();
        var changed = after.Where(pair => before.TryGetValue(pair.Key, out var c) && !c.Equals(pair.Value)).Select(pair => pair.Key).ToList();
        var parts = new List<string>();
        if (added.Count > 0)
        {
            parts.Add(w.Format("Compare.ChangesAdded", w.Count(added.Count, "Count.Change"), Some(w, added)));
        }

        if (removed.Count > 0)
        {
            parts.Add(w.Format("Compare.ChangesRemoved", w.Count(removed.Count, "Count.Change"), Some(w, removed)));
        }

        if (changed.Count > 0)
        {
            parts.Add(w.Format("Compare.ChangesAltered", w.Count(changed.Count, "Count.Change"), Some(w, changed)));
        }

        return string.Join(", ", parts);
    }

    /// <summary>
    /// Which languages of a text changed, each with both values: "title [de] was 'A', now 'B'", so that a change in a
    /// language other than the one shown is not a title shown twice.
    /// </summary>
    internal static string TextChanges(Localization.Wording w, string what, LocalizedText before, LocalizedText after)
    {
        var parts = new List<string>();
        foreach (var (language, text) in after.Entries)
        {
            if (!before.TryGetExact(language, out var old))
            {
                parts.Add(w.Format("Compare.TextAdded", w[what], language, text));
            }
            else if (!string.Equals(old, text, StringComparison.Ordinal))
            {
                parts.Add(w.Format("Compare.TextChanged", w[what], language, old, text));
            }
        }

        foreach (var (language, text) in before.Entries)
        {
            if (!after.TryGetExact(language, out _))
            {
                parts.Add(w.Format("Compare.TextRemoved", w[what], language, text));
            }
        }

        return string.Join("; ", parts);
    }

    /// <summary>Up to five identifiers joined, with how many more there are: "a, b, c, d, e and 12 more".</summary>
    private static string Some(Localization.Wording w, List<string> items) =>
        string.Join(", ", items.Take(5)) + (items.Count > 5 ? w.Format("Compare.AndMore", w.Number(items.Count - 5)) : string.Empty);
}
