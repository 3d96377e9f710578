using System.CommandLine;
using RoleModel.Interop.CaseFormat;

namespace RoleModel.Cli.Commands;

/// <summary><c>rolemodel export case FILE --framework ID --out FILE</c>: a framework as a 1EdTech CASE 1.1 package.</summary>
internal static class ExportCommand
{
    public static Command Create(CliConsole console)
    {
        var file = CommonOptions.OptionalFile();
        var framework = CommonOptions.Required("--framework", "The identifier of the competency framework to export.");
        var output = new Option<FileInfo>("--out") { Description = "The CASE JSON file to write (written atomically).", Required = true };
        var baseUri = new Option<Uri>("--base-uri")
        {
            Description = "The base URI of the package's identifiers.",
            DefaultValueFactory = _ => new Uri("https://example.org/case/"),
            CustomParser = CommonOptions.ParseAbsoluteUri,
        };
        var creator = new Option<string>("--creator") { Description = "The creator named in the CFDocument.", DefaultValueFactory = _ => "RoleModel" };
        var caseCommand = new Command("case",
            "Export a competency framework as a 1EdTech CASE 1.1 CFPackage (CFDocument, CFItems, CFAssociations, CFRubrics).\n\n"
            + "Example:\n  rolemodel export case --framework municipal-digital --out municipal.case.json")
        {
            file, framework, output, baseUri, creator,
        };
        caseCommand.SetAction(parse =>
        {
            var catalogue = DocumentLoader.ReadValid(parse.GetValue(file), console, parse);
            var id = parse.GetRequiredValue(framework);
            var found = catalogue.FindFramework(id) ?? throw CommandFailedException.Worded(
                "Fail.NoFramework", id, Lookup.Some(catalogue.Frameworks.Select(f => f.Id)));
            var options = new CaseExportOptions(parse.GetRequiredValue(baseUri), parse.GetRequiredValue(creator), Today.Now);
            var target = parse.GetRequiredValue(output);
            AtomicFile.Write(target.FullName, stream => stream.Write(CaseExporter.ToUtf8Bytes(found, options)));
            var w = Localization.Wording.ForUser(console);
            console.Out.WriteLine(w.Format("Export.CaseWritten", target, found.Id, w.Count(found.Competencies.Length, "Count.Competency")));
            return ExitCodes.Success;
        });
        var command = new Command("export", "Export a framework or roles to another format.\n\nExample:\n  rolemodel export case --framework municipal-digital --out municipal.case.json") { caseCommand };
        foreach (var standard in StandardsCommands.Exports(console))
        {
            command.Add(standard);
        }

        return command;
    }
}
