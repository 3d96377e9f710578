using RoleModel.Analysis;

namespace RoleModel.Cli.Commands;

/// <summary>The filters of <c>coverage</c>: roles and competencies named on the command line, and a ceiling on the people meeting a requirement.</summary>
internal sealed class CoverageFilter(string[] roleIds, string[] competencyIds, int? below)
{
    /// <summary>The roles to analyse: those named (found wherever they are), else <paramref name="listed"/>; every name is checked, so a misspelled one is an error rather than an empty table.</summary>
    public IEnumerable<string> Roles(Catalogue catalogue, IEnumerable<Role> listed)
    {
        foreach (var id in competencyIds)
        {
            if (catalogue.FindCompetency(id) is null)
            {
                throw CommandFailedException.Worded("Fail.NoCompetency", id);
            }
        }

        var roles = roleIds.Length == 0 ? listed : roleIds.Distinct(StringComparer.Ordinal).Select(id => Lookup.Role(catalogue, id));
        return roles
            .Where(r => competencyIds.Length == 0 || catalogue.Resolve(r).Requirements.Any(Names))
            .Select(r => r.Id);
    }

    public bool Keeps(RequirementCoverage coverage) =>
        (competencyIds.Length == 0 || Names(coverage.Requirement)) && (below is not { } ceiling || coverage.PersonIds.Length < ceiling);

    private bool Names(CompetencyRequirement requirement) => requirement.CompetencyIds.Any(id => competencyIds.Contains(id, StringComparer.Ordinal));
}
