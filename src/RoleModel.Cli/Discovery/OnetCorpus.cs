using System.Collections.Immutable;
using RoleModel.Discovery;
using RoleModel.Interop.Onet;

namespace RoleModel.Cli.Discovery;

/// <summary>An O*NET release as a discovery corpus: every task statement with its DWAs, the activity framework, the occupations' essential requirements.</summary>
internal sealed class OnetCorpus
{
    private OnetCorpus(OnetImportResult import, ImmutableArray<DiscoveryTask> tasks)
    {
        Import = import;
        Tasks = tasks;
    }

    public OnetImportResult Import { get; }

    public ImmutableArray<DiscoveryTask> Tasks { get; }

    /// <summary>Imports a release folder; a failed import or one without activities is a failed command.</summary>
    public static OnetCorpus Load(string directory, CliConsole console)
    {
        var import = OnetImporter.Import(directory, null);
        foreach (var problem in import.Problems.Where(p => p.Severity == Validation.ProblemSeverity.Error).Take(20))
        {
            console.Error.WriteLine(problem.ToString());
        }

        if (import.Catalogue is null || import.ActivityFramework is null)
        {
            throw new CommandFailedException(import.Catalogue is null
                ? $"The O*NET release in '{directory}' could not be imported."
                : $"The O*NET release in '{directory}' has no Detailed Work Activities (DWA Reference.xlsx or .tsv).");
        }

        var tasks = import.Catalogue.Roles
            .SelectMany(role => import.Tasks.GetValueOrDefault(role.Id, []).Select(t =>
                new DiscoveryTask(role.Id, t.Id, t.Title, t.Uses.Select(u => u.CompetencyId))))
            .ToImmutableArray();
        return new OnetCorpus(import, tasks);
    }

    /// <summary>A corpus of some of the tasks, with every activity, competency name and role requirement.</summary>
    public DiscoveryCorpus Corpus(IEnumerable<DiscoveryTask> tasks)
    {
        var catalogue = Import.Catalogue!;
        return new DiscoveryCorpus(
            tasks,
            Import.ActivityFramework!.Competencies.Select(c => new DiscoveryActivity(c.Id, c.Name, c.BroaderIds)),
            catalogue.Frameworks.SelectMany(f => f.Competencies).ToDictionary(c => c.Id, c => c.Name, StringComparer.Ordinal),
            catalogue.Roles.ToDictionary(r => r.Id, r => r.Requirements.Where(q => q.Importance == RequirementImportance.Essential).Select(q => q.Id).ToImmutableArray(),
                StringComparer.Ordinal));
    }
}
