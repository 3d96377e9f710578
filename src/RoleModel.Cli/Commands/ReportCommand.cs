using System.CommandLine;
using System.Text;
using RoleModel.Cli.Reports;

namespace RoleModel.Cli.Commands;

/// <summary>
/// <c>rolemodel report [FILE] --role ID … --out FILE</c>: a role's life as one self-contained HTML page;
/// <c>rolemodel report [FILE] --all --out FILE</c>: an overview of every role, paged.
/// </summary>
internal static class ReportCommand
{
    public static Command Create(CliConsole console)
    {
        var file = CommonOptions.OptionalFile();
        var role = new Option<string?>("--role") { Description = "The role to report on (or --all)." };
        var all = new Option<bool>("--all") { Description = "An overview of every role of the document (with --include-imported, of the catalogues it imports too) instead of one role's report." };
        var imported = DocumentScope.Option();
        var from = CommonOptions.Date("--from", "The first day; defaults to the first day of the role's history");
        var to = CommonOptions.Date("--to", "The last day; defaults to today");
        var knownAt = CommonOptions.Instant("--known-at", "Report what was on record at this instant; defaults to now");
        var language = ReportOptions.Language("The language of the page, such as de or en: its wording and the document's texts; default: your language when the document has it, else the document's first language.");
        var people = new Option<bool>("--include-people") { Description = "Add each holder's gap to the role's requirements, under their pseudonymous id. Personal data: off by default." };
        var gradingArea = new Option<string?>("--grading-area") { Description = "Grading criterion: the share of working time on tasks of this area." };
        var gradingLevel = new Option<string?>("--grading-level") { Description = "Grading criterion: the share of working time on tasks that need a competency at SCALE:LEVEL or higher (default: the level of the weightiest essential requirement)." };
        var threshold = new Option<decimal>("--grading-threshold") { Description = "The share the grading criterion must reach, in percent.", DefaultValueFactory = _ => 50m, CustomParser = CommonOptions.ParsePercent };
        var pageSize = new Option<int>("--page-size") { Description = "Roles per page of the overview (--all).", DefaultValueFactory = _ => 200, CustomParser = CommonOptions.ParseCount };
        var roleReports = new Option<bool>("--write-role-reports") { Description = "With --all: also write each role's report next to the overview, which then links to it." };
        var output = ReportOptions.Out("The HTML file to write.", required: true);
        var analysis = new AnalysisSettings();
        var command = new Command("report",
            "Write a role's life as one self-contained HTML page (no network, no script, prints on A4): the role, its tasks, "
            + "working time by area and by origin over time, drift figures, the grading share against its threshold, and a timeline "
            + "of changes, proposals and corrections. With --all, an overview of every role with links to their reports.\n\n"
            + "Examples:\n  rolemodel report --role cdo --from 2022-01-01 --to 2026-01-01 --out report.html\n  rolemodel report --all --write-role-reports --out overview.html")
        {
            file, role, all, from, to, knownAt, language, people, analysis.EssentialShare, analysis.StaleAfter, gradingArea, gradingLevel, threshold, pageSize, roleReports, output, imported,
        };
        command.Validators.Add(result =>
        {
            if (result.GetValue(role) is null == !result.GetValue(all))
            {
                result.AddError("give either --role ID or --all.");
            }

            if (result.GetValue(from) is { } first && result.GetValue(to) is { } last && last < first)
            {
                result.AddError($"--to ({last:yyyy-MM-dd}) must not be before --from ({first:yyyy-MM-dd}).");
            }
        });
        command.SetAction(parse =>
        {
            var document = DocumentLoader.ReadValidDocument(parse.GetValue(file), console, parse);
            var catalogue = document.Catalogue!;
            var context = new ReportContext(catalogue, Labels.For(catalogue, parse.GetValue(language), console).Culture, analysis.Read(parse));
            var target = parse.GetRequiredValue(output);
            var settings = new ReportSettings(parse.GetValue(from), parse.GetValue(to), parse.GetValue(knownAt), parse.GetValue(people),
                parse.GetValue(gradingArea), parse.GetValue(gradingLevel), parse.GetValue(threshold), DocumentName(parse.GetValue(file), context.W));
            if (parse.GetValue(all))
            {
                var scope = DocumentScope.Read(parse, imported, document);
                DocumentScope.NoteLeftOut(console, context.W, roles: scope.RolesLeftOut);
                var pages = CatalogueOverview.Write(context, settings, target, parse.GetValue(pageSize), parse.GetValue(roleReports), scope.Roles);
                console.Out.WriteLine(context.W.Format("Report.WroteOverview", target, context.W.Count(scope.Roles.Length, "Count.Role"), context.W.Count(pages, "Count.Page")));
                return ExitCodes.Success;
            }

            var request = settings.For(catalogue, parse.GetValue(role)!);
            Write(target.FullName, RoleReport.Render(context, request));
            console.Out.WriteLine(context.W.Format("Report.Wrote", target, request.View.History.RoleId, context.Day(request.From), context.Day(request.To), context.W.Moment(request.View.KnownAt)));
            return ExitCodes.Success;
        });
        return command;
    }

    /// <summary>The document as the page names it: its file name only, so that no local path ends up on a page handed around.</summary>
    public static string DocumentName(FileInfo? file, Localization.Wording wording) => file is null ? wording["Report.Sample"] : file.Name;

    public static void Write(string path, string html) => AtomicFile.Write(path, stream => stream.Write(Encoding.UTF8.GetBytes(html)));
}
