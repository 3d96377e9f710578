using System.CommandLine;
using RoleModel.Interop;
using RoleModel.Interop.Esco;
using RoleModel.Interop.Onet;
using RoleModel.Serialization;

namespace RoleModel.Cli.Commands;

/// <summary><c>rolemodel import esco|onet DIR --out FILE</c>: a published catalogue as a RoleModel document.</summary>
internal static class ImportCommand
{
    private const int MaximumWarningsShown = 10;

    public static Command Create(CliConsole console)
    {
        var command = new Command("import", "Import a published competency catalogue (ESCO CSV release, O*NET database) as a RoleModel document.\n\n"
            + "Example:\n  rolemodel import esco ../shared/data/esco/v1.1.1 --out esco.json");
        command.Add(Source(console, "esco", "an ESCO CSV release (skills_en.csv[.gz], occupations_en.csv, ...)",
            "rolemodel import esco ../shared/data/esco/v1.1.1 --out esco.json",
            (directory, progress) =>
            {
                var result = EscoImporter.Import(directory, progress: progress);
                return (result.Catalogue, result.Problems, string.Empty);
            }));
        command.Add(Source(console, "onet", "an O*NET database release (Excel or tab-separated files)",
            "rolemodel import onet ../shared/data/onet/29.3/xlsx --out onet.json",
            (directory, progress) =>
            {
                var result = OnetImporter.Import(directory, progress: progress);
                var tasks = result.Tasks.Values.Sum(t => t.Length);
                return (result.Catalogue, result.Problems, tasks == 0 ? string.Empty
                    : $"note: the {tasks:N0} task statements are not written: this version of the format keeps tasks in role histories only.");
            }));
        return command;
    }

    private static Command Source(
        CliConsole console, string name, string what, string example,
        Func<string, IProgress<ImportProgress>, (Catalogue? Catalogue, IReadOnlyList<ImportProblem> Problems, string Note)> import)
    {
        var directory = new Argument<DirectoryInfo>("DIR") { Description = $"The folder of {what}." };
        var output = new Option<FileInfo>("--out") { Description = "The RoleModel JSON document to write (written atomically).", Required = true };
        var command = new Command(name, $"Import {what}.\n\nExample:\n  {example}") { directory, output };
        command.SetAction(parse =>
        {
            var folder = parse.GetRequiredValue(directory);
            if (!folder.Exists)
            {
                throw new UsageException($"the folder '{folder}' does not exist.");
            }

            var (catalogue, problems, note) = ImportProgressReporter.Run(console, progress => import(folder.FullName, progress));
            // Errors all, warnings up to a screenful: a release with thousands of dangling links stays readable.
            var shown = problems.Where(p => p.Severity == Validation.ProblemSeverity.Error).Concat(problems.Where(p => p.Severity != Validation.ProblemSeverity.Error).Take(MaximumWarningsShown)).ToList();
            foreach (var problem in shown)
            {
                console.Error.WriteLine($"{problem.File}:{problem.Line ?? 1}: {ProblemFormatter.Severity(problem.Severity)}: {problem.Message}");
            }

            if (problems.Count > shown.Count)
            {
                console.Error.WriteLine($"... and {problems.Count - shown.Count} more warnings.");
            }

            if (catalogue is null)
            {
                throw new CommandFailedException($"the {name} import of '{folder}' failed; nothing was written.");
            }

            var target = parse.GetRequiredValue(output);
            AtomicFile.Write(target.FullName, stream => RoleModelJson.Write(catalogue, stream));
            if (note.Length > 0)
            {
                console.Error.WriteLine(note);
            }

            console.Out.WriteLine($"{target}: {catalogue.Frameworks.Sum(f => f.Competencies.Length):N0} competencies, {catalogue.Roles.Length:N0} roles ({problems.Count} warnings).");
            return ExitCodes.Success;
        });
        return command;
    }
}
