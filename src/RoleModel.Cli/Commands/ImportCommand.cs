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
        var escoVersion = new Option<string>("--version") { Description = "The release version, such as 1.1.1: the version of the document and of its framework (with --released-on, the document's identity)." };
        var occupationsOnly = new Option<bool>("--occupations-only")
        {
            Description = "Read only the occupations (occupations_en.csv, broaderRelationsOccPillar), as in a release published without skills; for comparing releases.",
        };
        var escoReleasedOn = CommonOptions.Date("--released-on", "The release day of the ESCO release (with --version, the document's identity)", required: false);
        command.Add(Source(console, "esco", "an ESCO CSV release (skills_en.csv[.gz], occupations_en.csv, ...)",
            "rolemodel import esco ../shared/data/esco/v1.1.1 --version 1.1.1 --out esco.json",
            (directory, progress, parse) =>
            {
                var options = new EscoImportOptions { Version = parse.GetValue(escoVersion), OccupationsOnly = parse.GetValue(occupationsOnly), Issued = parse.GetValue(escoReleasedOn) };
                var result = EscoImporter.Import(directory, options, progress);
                return (result.Catalogue, result.Problems);
            },
            escoVersion, escoReleasedOn, occupationsOnly));
        var releasedOn = CommonOptions.Date("--released-on",
            "The release day of the O*NET database: its task statements take effect that day and emerging tasks become proposals (for example 2025-05-01)",
            required: true);
        var version = new Option<string>("--version")
        {
            Description = "The release version, such as 29.3: the version of the document and of its framework, carried by every change id (onet-29.3-...).",
            Required = true,
        };
        command.Add(Source(console, "onet", "an O*NET database release (Excel or tab-separated files)",
            "rolemodel import onet ../shared/data/onet/29.3/xlsx --version 29.3 --released-on 2025-05-01 --out onet.json",
            (directory, progress, parse) =>
            {
                var result = OnetImporter.Import(directory, parse.GetRequiredValue(version), progress, issued: parse.GetValue(releasedOn));
                if (result.Catalogue is not { } catalogue)
                {
                    return (null, result.Problems);
                }

                // Task statements and emerging tasks live in role histories (the format has no static task lists).
                var histories = result.ToHistories(parse.GetValue(releasedOn)!.Value).Where(h => !h.Changes.IsEmpty);
                return (new Catalogue(catalogue.Frameworks, catalogue.Roles, catalogue.People, catalogue.Extensions, histories, catalogue.Lineage, catalogue.Identity), result.Problems);
            },
            releasedOn, version));
        command.Add(StandardsCommands.HrOpenImport(console));
        return command;
    }

    /// <summary>The release imported: the catalogue's and the framework's version.</summary>
    private static Command Source(
        CliConsole console, string name, string what, string example,
        Func<string, IProgress<ImportProgress>, ParseResult, (Catalogue? Catalogue, IReadOnlyList<ImportProblem> Problems)> import,
        params Option[] extraOptions)
    {
        var directory = new Argument<DirectoryInfo>("DIR") { Description = $"The folder of {what}." };
        var output = new Option<FileInfo>("--out") { Description = "The RoleModel JSON document to write (written atomically).", Required = true };
        var command = new Command(name, $"Import {what}.\n\nExample:\n  {example}") { directory, output };
        foreach (var option in extraOptions)
        {
            command.Add(option);
        }

        command.SetAction(parse =>
        {
            var folder = parse.GetRequiredValue(directory);
            if (!folder.Exists)
            {
                throw UsageException.Worded("Usage.NoFolder", folder);
            }

            // A target that cannot be written is found before a minute of import work, not after.
            var target = parse.GetRequiredValue(output);
            AtomicFile.CheckTarget(target.FullName);
            var (catalogue, problems) = ImportProgressReporter.Run(console, progress => import(folder.FullName, progress, parse));
            // Errors all, warnings up to a screenful: a release with thousands of dangling links stays readable.
            var shown = problems.Where(p => p.Severity == Validation.ProblemSeverity.Error).Concat(problems.Where(p => p.Severity != Validation.ProblemSeverity.Error).Take(MaximumWarningsShown)).ToList();
            var language = Localization.Wording.ForUser(console).Culture;
            foreach (var problem in shown)
            {
                console.Error.WriteLine($"{problem.File}:{problem.Line ?? 1}: {ProblemFormatter.Severity(problem.Severity)}: {problem.MessageIn(language)}");
            }

            if (problems.Count > shown.Count)
            {
                console.Error.WriteLine(Localization.Wording.ForUser(console).Format("Import.MoreWarnings", Localization.Wording.ForUser(console).Count(problems.Count - shown.Count, "Count.MoreWarning")));
            }

            if (catalogue is null)
            {
                throw new CommandFailedException(Localization.Wording.ForUser(console).Format("Import.Failed", name, folder));
            }

            AtomicFile.Write(target.FullName, stream => RoleModelJson.Write(catalogue, stream));

            var w = Localization.Wording.ForUser(console);
            console.Out.WriteLine(w.Format("Import.Written", target, w.Count(catalogue.Frameworks.Sum(f => f.Competencies.Length), "Count.Competency"), w.Count(catalogue.Roles.Length, "Count.Role"),
                w.Count(catalogue.Histories.Sum(h => h.Changes.Length), "Count.HistoryChange"), w.Count(problems.Count, "Count.Warning")));
            return ExitCodes.Success;
        });
        return command;
    }
}
