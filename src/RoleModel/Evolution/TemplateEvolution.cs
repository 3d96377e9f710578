using System.Collections.Immutable;
using NodaTime;

namespace RoleModel.Evolution;

/// <summary>
/// Proposes updates to a template role from what the roles derived from it actually do: work most of them
/// took on that the template lacks, and work or competencies none of them uses any more.
/// </summary>
/// <remarks>
/// <para>The derived roles are the catalogue's roles whose <see cref="Role.Template"/> names the template. Their
/// tasks, and the template's own tasks if it has a history, are grouped as in <see cref="TaskPatterns"/>. On
/// the day of the analysis, with <em>most</em> meaning more than half of the derived roles:</para>
/// <list type="bullet">
/// <item><see cref="TemplateProposalKind.AddTask"/>: a group that most derived roles have and the template's task profile lacks.</item>
/// <item><see cref="TemplateProposalKind.AddRequirement"/>: a competency that active tasks of most derived roles use and no requirement of the (resolved) template names.</item>
/// <item><see cref="TemplateProposalKind.RetireTask"/>: a task of the template whose group no derived role has.</item>
/// <item><see cref="TemplateProposalKind.RemoveRequirement"/>: a requirement of the template none of whose competencies an active task of a derived role uses.</item>
/// </list>
/// <para>Removals need at least one derived role; with none, there is nothing to learn from.</para>
/// </remarks>
public static class TemplateEvolution
{
    /// <summary>Compares a template role with the roles derived from it on a day, as known at an instant.</summary>
    /// <param name="catalogue">The catalogue with the template, the derived roles and their histories.</param>
    /// <param name="templateRoleId">The template role.</param>
    /// <param name="knownAt">Read the histories as known at this instant.</param>
    /// <param name="on">The day compared.</param>
    /// <param name="options">How tasks are compared; defaults to <see cref="PatternOptions.Default"/> (its minimum number of roles is not used here).</param>
    /// <returns>The proposals with their evidence.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="catalogue"/> or <paramref name="templateRoleId"/> is null.</exception>
    /// <exception cref="ArgumentException">The catalogue has no role <paramref name="templateRoleId"/>.</exception>
    /// <exception cref="InvalidOperationException">The template's own derivation cannot be resolved (a template cycle or a missing template).</exception>
    public static TemplateEvolutionReport Propose(Catalogue catalogue, string templateRoleId, Instant knownAt, LocalDate on, PatternOptions? options = null) =>
        Propose(catalogue, templateRoleId, Preconditions.CheckNotNull(catalogue).Roles, knownAt, on, options);

    /// <summary>
    /// Compares a template role with the roles derived from it among some roles on a day, as known at an instant: such as the
    /// document's own roles of a composed catalogue (<see cref="Serialization.CompositionResult.OwnRoles"/>), so that roles of
    /// imported catalogues derived from the same template are not counted.
    /// </summary>
    /// <param name="catalogue">The catalogue with the template, the derived roles and their histories.</param>
    /// <param name="templateRoleId">The template role.</param>
    /// <param name="roles">The roles that count as derived when their <see cref="Role.Template"/> names the template.</param>
    /// <param name="knownAt">Read the histories as known at this instant.</param>
    /// <param name="on">The day compared.</param>
    /// <param name="options">How tasks are compared; defaults to <see cref="PatternOptions.Default"/> (its minimum number of roles is not used here).</param>
    /// <returns>The proposals with their evidence.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="catalogue"/>, <paramref name="templateRoleId"/> or <paramref name="roles"/> is null.</exception>
    /// <exception cref="ArgumentException">The catalogue has no role <paramref name="templateRoleId"/>, or <paramref name="roles"/> holds null.</exception>
    /// <exception cref="InvalidOperationException">The template's own derivation cannot be resolved (a template cycle or a missing template).</exception>
    public static TemplateEvolutionReport Propose(Catalogue catalogue, string templateRoleId, IEnumerable<Role> roles, Instant knownAt, LocalDate on, PatternOptions? options = null)
    {
        Preconditions.CheckNotNull(catalogue);
        var template = catalogue.FindRole(Preconditions.CheckNotNull(templateRoleId))
            ?? throw new ArgumentException($"The catalogue has no role '{templateRoleId}'.", nameof(templateRoleId));
        Preconditions.CheckNotNull(roles);
        var candidates = Preconditions.CheckItems(roles);
        options ??= PatternOptions.Default;
        var derived = candidates.Where(r => string.Equals(r.Template?.RoleId, template.Id, StringComparison.Ordinal))
            .Select(r => r.Id).Order(StringComparer.Ordinal).ToImmutableArray();
        var templateHistory = catalogue.FindHistory(template.Id);
        var family = derived.Append(template.Id).ToHashSet(StringComparer.Ordinal);

        // Grouped over every history of the catalogue, as `patterns` does, so that groups are the same patterns;
        // the proposals look only at the template's and the derived roles' members.
        var occurrences = TaskPatterns.Collect(catalogue.Histories, knownAt, on);
        var groups = TaskGrouping.Group(occurrences, options.Similarity, options.Threshold)
            .Select(g => (Key: g.MinBy(o => o.Since)!, Members: g.Where(o => family.Contains(o.RoleId)).ToList()))
            .Where(g => g.Members.Count > 0)
            .ToList();
        var definition = templateHistory?.AsKnownAt(knownAt).ProjectOn(on).Role ?? template;
        var requirements = catalogue.Resolve(definition).Requirements;
        var derivedOccurrences = occurrences.Where(o => family.Contains(o.RoleId) && !string.Equals(o.RoleId, template.Id, StringComparison.Ordinal)).ToList();
        var proposals = new List<TemplateProposal>();
        proposals.AddRange(TaskProposals(groups, template.Id, derived.Length, on));
        proposals.AddRange(RequirementProposals(catalogue, requirements, derivedOccurrences, derived.Length, on));
        var ordered = proposals.OrderBy(p => p.Kind).ThenByDescending(p => p.Evidence.Length).ThenBy(p => p.Subject, StringComparer.Ordinal).ToImmutableArray();
        return new TemplateEvolutionReport(template.Id, on, knownAt, derived, ordered);
    }

    private static IEnumerable<TemplateProposal> TaskProposals(List<(TaskOccurrence Key, List<TaskOccurrence> Members)> groups, string templateId, int derivedCount, LocalDate on)
    {
        foreach (var (key, group) in groups)
        {
            var own = group.Where(o => string.Equals(o.RoleId, templateId, StringComparison.Ordinal)).ToList();
            var others = group.Except(own).ToList();
            var holding = others.Where(o => o.On(on) is not null).ToList();
            var holders = holding.Select(o => o.RoleId).Distinct(StringComparer.Ordinal).Count();
            var templateHas = own.Where(o => o.On(on) is not null).ToList();
            if (templateHas.Count == 0 && holders * 2 > derivedCount)
            {
                var first = holding.MinBy(o => o.Since)!;
                // The subject is the pattern's key, so its label is that task's own title (not another role's).
                yield return new TemplateProposal(TemplateProposalKind.AddTask, key.ToString(), key.Title, first.Since, Evidence(holding, current: true));
            }
            else if (derivedCount > 0 && holders == 0)
            {
                foreach (var task in templateHas)
                {
                    yield return new TemplateProposal(TemplateProposalKind.RetireTask, task.TaskId, task.Title, LastUntil(others), Evidence(others, current: false));
                }
            }
        }
    }

    private static IEnumerable<TemplateProposal> RequirementProposals(
        Catalogue catalogue, ImmutableArray<CompetencyRequirement> requirements, List<TaskOccurrence> occurrences, int derivedCount, LocalDate on)
    {
        var required = requirements.SelectMany(r => r.CompetencyIds).ToHashSet(StringComparer.Ordinal);
        var usedOn = occurrences.Where(o => o.On(on) is not null).SelectMany(o => o.On(on)!.Uses.Select(u => u.CompetencyId)).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal);
        foreach (var competency in usedOn.Where(c => !required.Contains(c)))
        {
            var users = Users(occurrences, competency).Where(o => o.On(on)?.Uses.Any(u => Uses(u, competency)) == true).ToList();
            if (users.Select(o => o.RoleId).Distinct(StringComparer.Ordinal).Count() * 2 > derivedCount)
            {
                var evidence = Evidence(users, current: true, competency);
                yield return new TemplateProposal(TemplateProposalKind.AddRequirement, competency, Name(catalogue, competency), evidence.Min(e => e.Since), evidence);
            }
        }

        if (derivedCount == 0)
        {
            yield break;
        }

        foreach (var requirement in requirements)
        {
            var users = requirement.CompetencyIds.SelectMany(c => Users(occurrences, c)).Distinct().ToList();
            if (!users.Any(o => o.On(on)?.Uses.Any(u => requirement.CompetencyIds.Contains(u.CompetencyId)) == true))
            {
                var label = requirement.IsGroup ? LocalizedText.Invariant(string.Join(" | ", requirement.CompetencyIds)) : Name(catalogue, requirement.CompetencyIds[0]);
                yield return new TemplateProposal(TemplateProposalKind.RemoveRequirement, requirement.Id, label, LastUntil(users), Evidence(users, current: false));
            }
        }
    }

    private static IEnumerable<TaskOccurrence> Users(IEnumerable<TaskOccurrence> occurrences, string competency) =>
        occurrences.Where(o => o.Versions.Any(v => v.Value.Uses.Any(u => Uses(u, competency))));

    private static bool Uses(CompetencyUse use, string competency) => string.Equals(use.CompetencyId, competency, StringComparison.Ordinal);

    private static LocalizedText Name(Catalogue catalogue, string competencyId) => catalogue.FindCompetency(competencyId)?.Name ?? LocalizedText.Empty;

    /// <summary>The last day an occurrence ended, or null when none ended.</summary>
    private static LocalDate? LastUntil(IEnumerable<TaskOccurrence> occurrences) => occurrences.Select(o => o.Until).Max();

    /// <summary>One evidence per role: its tasks, since the first day (using the competency, if given), until the last day when not current.</summary>
    private static ImmutableArray<ProposalEvidence> Evidence(IEnumerable<TaskOccurrence> occurrences, bool current, string? competency = null) =>
        [.. occurrences.GroupBy(o => o.RoleId, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => new ProposalEvidence(
            g.Key,
            [.. g.Select(o => o.TaskId).Order(StringComparer.Ordinal)],
            g.SelectMany(o => o.Versions).Where(v => competency is null || v.Value.Uses.Any(u => Uses(u, competency))).Min(v => v.From),
            current ? null : LastUntil(g)))];
}
