using System.CommandLine;
using System.Text;
using RoleModel.Cli.Reports;

namespace RoleModel.Cli.Commands;

/// <summary>How <c>rolemodel describe</c> writes the job description.</summary>
internal enum DescriptionFormat
{
    /// <summary>A printable, self-contained HTML page.</summary>
    Html,

    /// <summary>Markdown, for wikis and HR systems that take text.</summary>
    Md,
}

/// <summary><c>rolemodel describe [FILE] --role ID [--as-of DATE] [--lang de|en] [--format html|md] [--out FILE]</c>: the job description as of a day.</summary>
internal static class DescribeCommand
{
    public static Command Create(CliConsole console)
    {
        var file = CommonOptions.OptionalFile();
        var role = CommonOptions.Required("--role", "The identifier of the role.");
        var asOf = CommonOptions.Date("--as-of", "The day the description holds for; defaults to today");
        var knownAt = CommonOptions.Instant("--known-at", "Describe what was on record at this instant; defaults to now");
        var language = ReportOptions.Language("The language of the description, such as de or en: its wording and the document's texts; default: your language when the document has it, else the document's first language.");
        var format = new Option<DescriptionFormat?>("--format") { Description = "html or md; default: that of the extension of --out (.md or .markdown, .html or .htm), else html. A --format that contradicts that extension is a usage error." };
        var output = ReportOptions.Out("The file to write; without it, the description goes to standard output.", required: false);
        var command = new Command("describe",
            "Write the job description of a role as of a day (a Stellenbeschreibung): purpose, outcomes, openness and the expected "
            + "self-directed share, responsibility areas with their share ranges, the tasks with shares and origins, the competencies "
            + "required with levels, and how the role has changed. Printable HTML or Markdown.\n\n"
            + "Example:\n  rolemodel describe --role cdo --as-of 2024-06-30 --lang de --format html --out cdo.html")
        {
            file, role, asOf, knownAt, language, format, output,
        };
        command.SetAction(parse =>
        {
            var chosen = Choose(parse.GetValue(format), parse.GetValue(output), Localization.Wording.ForUser(console));
            var catalogue = DocumentLoader.ReadValid(parse.GetValue(file), console, parse);
            var found = Lookup.Role(catalogue, parse.GetRequiredValue(role));
            var day = parse.GetValue(asOf) ?? Today.Date;
            var history = catalogue.FindHistory(found.Id);
            var view = history is null ? null : HistoryLookup.View(history, parse.GetValue(knownAt), day);
            var snapshot = view?.ProjectOn(day) ?? new RoleSnapshot(found, TaskProfile.Empty);
            var context = new ReportContext(catalogue, Labels.For(catalogue, parse.GetValue(language), console).Culture);
            var blocks = JobDescription.Build(context, snapshot, view, day);
            var text = chosen == DescriptionFormat.Md
                ? DescriptionWriter.ToMarkdown(blocks)
                : Page.Render(context.W.Tag, context.W.Format("Description.PageTitle", context.Local(snapshot.Role.Title), context.Day(day)), html => DescriptionWriter.WriteHtml(html, blocks));
            if (parse.GetValue(output) is { } target)
            {
                AtomicFile.Write(target.FullName, stream => stream.Write(Encoding.UTF8.GetBytes(text)));
                console.Out.WriteLine(context.W.Format("Description.Wrote", target, found.Id, context.Day(day)));
            }
            else
            {
                console.Out.Write(text);
            }

            return ExitCodes.Success;
        });
        return command;
    }

    /// <summary>
    /// The format: <c>--format</c> when given, else that of the extension of <c>--out</c>, else HTML; a <c>--format</c> that
    /// contradicts the extension (<c>--format html --out cdo.md</c>) is a usage error, so no file holds what its name denies.
    /// </summary>
    internal static DescriptionFormat Choose(DescriptionFormat? given, FileInfo? output, Localization.Wording wording)
    {
        DescriptionFormat? byExtension = Path.GetExtension(output?.Name ?? string.Empty).ToUpperInvariant() switch
        {
            ".MD" or ".MARKDOWN" => DescriptionFormat.Md,
            ".HTML" or ".HTM" => DescriptionFormat.Html,
            _ => null,
        };
        if (given is { } format && byExtension is { } implied && format != implied)
        {
            throw new UsageException(wording.Format("Error.DescribeFormatMismatch", Name(format), output!.ToString(), Name(implied)));
        }

        return given ?? byExtension ?? DescriptionFormat.Html;
    }

    private static string Name(DescriptionFormat format) => format == DescriptionFormat.Md ? "md" : "html";
}
