using System.CommandLine;
using NodaTime;
using RoleModel.Cli.Localization;
using RoleModel.Interop.Ctdl;
using RoleModel.Interop.HrOpen;
using RoleModel.Interop.SchemaOrg;
using RoleModel.Interop.Standards;
using RoleModel.Serialization;
using M = RoleModel.Cli.Commands.StandardsMessages;

namespace RoleModel.Cli.Commands;

/// <summary><c>rolemodel export hropen|schemaorg|ctdl</c> and <c>rolemodel import hropen</c>: roles in the standards HR systems speak.</summary>
internal static class StandardsCommands
{
    /// <summary>The three export commands.</summary>
    public static IEnumerable<Command> Exports(CliConsole console) => [HrOpenExport(console), SchemaOrgExport(console), CtdlExport(console)];

    private static Command HrOpenExport(CliConsole console)
    {
        var common = new ExportOptions(single: true);
        var position = new Option<bool>("--position") { Description = M.Position };
        var command = common.Command("hropen", M.ExportHrOpen);
        command.Add(position);
        command.SetAction(parse =>
        {
            var (catalogue, roles, options, target) = common.Read(parse, console);
            var shape = parse.GetValue(position) ? HrOpenShape.PositionOpening : HrOpenShape.JobDescription;
            var export = HrOpenExporter.Export(catalogue, roles[0], options, shape);
            return Finish(console, common.Wording(parse, console), export, target, shape == HrOpenShape.PositionOpening ? "HR Open PositionOpening" : "HR Open JobDescription", roles.Count);
        });
        return command;
    }

    private static Command SchemaOrgExport(CliConsole console)
    {
        var common = new ExportOptions(single: false);
        var posting = new Option<bool>("--posting") { Description = M.Posting };
        var organization = new Option<string>("--hiring-organization") { Description = M.HiringOrganization };
        var location = new Option<string>("--location") { Description = M.Location };
        var posted = CommonOptions.Date("--date-posted", M.DatePosted);
        var through = CommonOptions.Date("--valid-through", M.ValidThrough);
        var command = common.Command("schemaorg", M.ExportSchemaOrg);
        command.Add(posting);
        command.Add(organization);
        command.Add(location);
        command.Add(posted);
        command.Add(through);
        command.SetAction(parse =>
        {
            var details = Posting(common.Wording(parse, console), parse.GetValue(posting), parse.GetValue(organization), parse.GetValue(location), parse.GetValue(posted), parse.GetValue(through));
            var (catalogue, roles, options, target) = common.Read(parse, console);
            var export = SchemaOrgExporter.Export(catalogue, roles, options, details);
            return Finish(console, common.Wording(parse, console), export, target, details is null ? "schema.org Occupation" : "schema.org JobPosting", roles.Count);
        });
        return command;
    }

    private static JobPostingDetails? Posting(Wording w, bool posting, string? organization, string? location, LocalDate? posted, LocalDate? through)
    {
        if (!posting)
        {
            return organization is null && location is null && posted is null && through is null ? null : throw new UsageException(M.PostingOnly(w));
        }

        var missing = new List<string>();
        if (string.IsNullOrWhiteSpace(organization))
        {
            missing.Add("--hiring-organization");
        }

        if (string.IsNullOrWhiteSpace(location))
        {
            missing.Add("--location");
        }

        if (posted is null)
        {
            missing.Add("--date-posted");
        }

        if (through is null)
        {
            missing.Add("--valid-through");
        }

        if (missing.Count > 0)
        {
            throw new UsageException(M.PostingNeeds(w, missing));
        }

        return through < posted ? throw new UsageException(M.ClosesBeforePosted(w)) : new JobPostingDetails(organization!, location!, posted!.Value, through!.Value);
    }

    private static Command CtdlExport(CliConsole console)
    {
        var common = new ExportOptions(single: false);
        var publisher = new Option<Uri>("--publisher") { Description = M.Publisher, Required = true, CustomParser = CommonOptions.ParseAbsoluteUri };
        var baseUri = new Option<Uri>("--base-uri")
        {
            Description = M.BaseUri,
            DefaultValueFactory = _ => new Uri("https://example.org/case/"),
            CustomParser = CommonOptions.ParseAbsoluteUri,
        };
        var command = common.Command("ctdl", M.ExportCtdl);
        command.Add(publisher);
        command.Add(baseUri);
        command.SetAction(parse =>
        {
            var (catalogue, roles, options, target) = common.Read(parse, console);
            var export = CtdlExporter.Export(catalogue, roles, options, new CtdlExportOptions(parse.GetRequiredValue(publisher), parse.GetRequiredValue(baseUri)));
            return Finish(console, common.Wording(parse, console), export, target, "CTDL", roles.Count);
        });
        return command;
    }

    private static int Finish(CliConsole console, Wording w, StandardExport export, FileInfo target, string what, int roles)
    {
        AtomicFile.Write(target.FullName, stream => stream.Write(export.Utf8Json.Span));
        console.Error.WriteLine(M.Lost(w, what, export.Losses));
        console.Out.WriteLine(M.Written(w, target, what, roles));
        return ExitCodes.Success;
    }

    /// <summary><c>rolemodel import hropen FILE --out FILE</c>.</summary>
    public static Command HrOpenImport(CliConsole console)
    {
        var file = new Argument<FileInfo>("FILE") { Description = M.HrOpenFile };
        var output = new Option<FileInfo>("--out") { Description = M.RoleModelOut, Required = true };
        var tasksFrom = CommonOptions.Date("--tasks-from", M.TasksFrom);
        var framework = new Option<string>("--framework") { Description = M.Framework, DefaultValueFactory = _ => "local" };
        var escoVersion = new Option<string>("--esco-version") { Description = M.EscoVersion, DefaultValueFactory = _ => "1.1.1" };
        var escoHref = new Option<string>("--esco-href") { Description = M.EscoHref };
        var roleId = new Option<string>("--role-id") { Description = M.RoleId };
        var command = new Command("hropen", M.ImportHrOpen) { file, output, tasksFrom, framework, escoVersion, escoHref, roleId };
        command.SetAction(parse =>
        {
            var source = parse.GetRequiredValue(file);
            if (!source.Exists)
            {
                throw UsageException.Worded("Usage.NoFile", source);
            }

            if (source.Length > DocumentLoader.MaximumBytes)
            {
                throw new CommandFailedException(M.TooLarge(Wording.ForUser(console), source, DocumentLoader.MaximumBytes));
            }

            var target = parse.GetRequiredValue(output);
            AtomicFile.CheckTarget(target.FullName);
            var options = new HrOpenImportOptions(parse.GetValue(tasksFrom) ?? Today.Date)
            {
                FrameworkId = parse.GetRequiredValue(framework),
                EscoVersion = parse.GetRequiredValue(escoVersion),
                EscoHref = parse.GetValue(escoHref),
                RoleId = parse.GetValue(roleId) is { } id && !string.IsNullOrWhiteSpace(id) && id.Trim().Length == id.Length ? id
                    : parse.GetValue(roleId) is null ? null : throw new UsageException(M.BadRoleId),
            };
            var result = HrOpenImporter.Import(File.ReadAllBytes(source.FullName), source.ToString(), options);
            var language = Wording.ForUser(console).Culture;
            foreach (var problem in result.Problems)
            {
                console.Error.WriteLine($"{problem.File}:{problem.Line ?? 1}: {ProblemFormatter.Severity(problem.Severity)}: {problem.MessageIn(language)}");
            }

            if (result.Catalogue is not { } catalogue)
            {
                throw new CommandFailedException(M.ImportFailed(Wording.ForUser(console), source));
            }

            AtomicFile.Write(target.FullName, stream => RoleModelJson.Write(catalogue, stream));
            console.Out.WriteLine(M.Imported(Wording.ForUser(console), target, catalogue));
            return ExitCodes.Success;
        });
        return command;
    }

    /// <summary>The options every export shares: the document, the roles, the day, the instant of knowledge, the output.</summary>
    private sealed class ExportOptions(bool single)
    {
        private readonly Argument<FileInfo?> file = CommonOptions.OptionalFile();
        private readonly Option<string[]> roles = new("--role") { Description = single ? M.Role : M.Roles, Required = single, Arity = ArgumentArity.OneOrMore, AllowMultipleArgumentsPerToken = false };
        private readonly Option<bool> all = new("--all-roles") { Description = M.AllRoles };
        private readonly Option<LocalDate?> asOf = CommonOptions.Date("--as-of", M.AsOf);
        private readonly Option<Instant?> knownAt = CommonOptions.Instant("--known-at", M.KnownAt);
        private readonly Option<string?> lang = CommonOptions.Lang();
        private readonly Option<FileInfo> output = new("--out") { Description = M.Out, Required = true };

        public Command Command(string name, string description)
        {
            var command = new Command(name, description) { file, roles };
            if (!single)
            {
                command.Add(all);
            }

            command.Add(asOf);
            command.Add(knownAt);
            command.Add(lang);
            command.Add(output);
            return command;
        }

        /// <summary>The tool's wording for the command's messages: that of --lang when given, else the user's language.</summary>
        public Wording Wording(ParseResult parse, CliConsole console) => Localization.Wording.ForUser(console, parse.GetValue(lang));

        public (Catalogue Catalogue, List<string> Roles, RoleExportOptions Options, FileInfo Target) Read(ParseResult parse, CliConsole console)
        {
            var w = Wording(parse, console);
            var named = parse.GetValue(roles) ?? [];
            var everyRole = !single && parse.GetValue(all);
            if (everyRole && named.Length > 0)
            {
                throw new UsageException(M.BothRoleOptions(w));
            }

            if (!everyRole && named.Length == 0)
            {
                throw new UsageException(M.NoRoles(w));
            }

            if (single && named.Length > 1)
            {
                throw new UsageException(M.OneRole(w));
            }

            var target = parse.GetRequiredValue(output);
            AtomicFile.CheckTarget(target.FullName);
            var catalogue = DocumentLoader.ReadValid(parse.GetValue(file), console, parse);
            var ids = everyRole ? catalogue.Roles.Select(r => r.Id).ToList() : named.Select(id => Lookup.Role(catalogue, id).Id).ToList();
            var options = new RoleExportOptions(parse.GetValue(asOf) ?? Today.Date, parse.GetValue(knownAt) ?? Today.Now)
            {
                Language = parse.GetValue(lang) ?? "en",
            };
            ids.ForEach(id => HistoryLookup.ViewOn(catalogue, id, options.KnownAt, options.AsOf));
            return (catalogue, ids, options, target);
        }
    }
}
