using System.CommandLine;
using RoleModel.Analysis;
using Spectre.Console;

namespace RoleModel.Cli.Commands;

/// <summary><c>rolemodel coverage [FILE]</c>: who meets each requirement; single points of failure; bench strength.</summary>
internal static class CoverageCommand
{
    /// <summary>Rows per table without <c>--top</c>: a screenful, so a catalogue of thousands of roles stays readable.</summary>
    public const int DefaultTop = 20;

    public static Command Create(CliConsole console)
    {
        var file = CommonOptions.OptionalFile();
        var asOf = CommonOptions.Date("--as-of", "The day of the comparison; defaults to today");
        var role = new Option<string[]>("--role") { Description = "Only this role (repeatable).", AllowMultipleArgumentsPerToken = false };
        var competency = new Option<string[]>("--competency") { Description = "Only requirements on this competency, and the roles that have one (repeatable)." };
        var below = new Option<int?>("--below") { Description = "Only requirements met by fewer than N people.", CustomParser = result => CommonOptions.ParseCount(result) };
        var top = CommonOptions.Top($"How many requirements and roles to list, weakest first (default {DefaultTop})", DefaultTop);
        var settings = new AnalysisSettings();
        var format = CommonOptions.Format();
        var lang = CommonOptions.Lang();
        var imported = DocumentScope.Option();
        var command = new Command("coverage",
            "For the roles and people of a document: how many people meet each requirement, the requirements only one person meets "
            + "(single points of failure), and each role's bench strength (people meeting all essential requirements). "
            + "Weakest first; the output is bounded by --top and says what it left out. The document's own roles and people only, unless --include-imported.\n\n"
            + "Example:\n  rolemodel coverage --as-of 2025-06-30 --below 2")
        {
            file, asOf, role, competency, below, top, settings.EssentialShare, settings.StaleAfter, format, lang, imported,
        };
        command.SetAction(parse =>
        {
            var document = DocumentLoader.ReadValidDocument(parse.GetValue(file), console, parse);
            var catalogue = document.Catalogue!;
            var scope = DocumentScope.Read(parse, imported, document);
            var filter = new CoverageFilter(parse.GetValue(role) ?? [], parse.GetValue(competency) ?? [], parse.GetValue(below));
            var report = new FitIndex(catalogue, parse.GetValue(asOf) ?? Today.Date, settings.Read(parse))
                .Coverage(filter.Roles(catalogue, scope.Roles), scope.People.Select(p => p.Id));
            var requirements = report.Requirements.Where(filter.Keeps).OrderBy(r => r.PersonIds.Length).ToList();
            var roles = report.Roles.OrderBy(r => r.Strength).ToList();
            var count = parse.GetValue(top);
            var labels = Labels.For(catalogue, parse.GetValue(lang), console);
            DocumentScope.NoteLeftOut(console, labels.W, roles: parse.GetValue(role) is { Length: > 0 } ? 0 : scope.RolesLeftOut, people: scope.PeopleLeftOut);
            if (parse.GetValue(format) == OutputFormat.Json)
            {
                JsonOutput.Write(console.Out, writer => AnalysisJson.WriteCoverage(writer, requirements, roles, count, labels));
                return ExitCodes.Success;
            }

            WriteText(Text.Console(console), labels, requirements, roles, count);
            return ExitCodes.Success;
        });
        return command;
    }

    private static void WriteText(IAnsiConsole ansi, Labels labels, List<RequirementCoverage> requirements, List<RoleBench> roles, int count)
    {
        var w = labels.W;
        var table = new Table().AddColumns(w["Column.Role"], w["Column.Requirement"], w["Column.PeopleMeeting"], w["Column.SinglePoint"]);
        foreach (var requirement in requirements.Take(count))
        {
            table.AddRow(
                Text.Escape(labels.Role(requirement.RoleId)),
                Text.Escape(Requirement(labels, requirement.Requirement)),
                w.Number(requirement.PersonIds.Length),
                requirement.IsSinglePointOfFailure ? w.Format("Coverage.SinglePoint", Text.Escape(requirement.PersonIds[0])) : string.Empty);
        }

        ansi.Write(table);
        WriteLeftOut(ansi, w, requirements.Count, count, "Count.MoreRequirement");
        var benches = new Table().AddColumns(w["Column.Role"], w["Column.Bench"], w["Column.People"]);
        foreach (var role in roles.Take(count))
        {
            benches.AddRow(Text.Escape(labels.Role(role.RoleId)), w.Number(role.Strength), Text.Escape(Some(w, role.PersonIds, 10)));
        }

        ansi.Write(benches);
        WriteLeftOut(ansi, w, roles.Count, count, "Count.MoreRole");
    }

    /// <summary>The requirement's competency names with its id; the id once when it is the competency's own.</summary>
    public static string Requirement(Labels labels, CompetencyRequirement requirement) =>
        requirement.CompetencyIds is [var only] && only == requirement.Id
            ? labels.Competency(only)
            : $"{requirement.Id}: {string.Join(" | ", requirement.CompetencyIds.Select(labels.Competency))}";

    private static void WriteLeftOut(IAnsiConsole ansi, Localization.Wording w, int total, int shown, string noun)
    {
        if (total > shown)
        {
            ansi.WriteLine(w.Format("Coverage.LeftOut", w.Count(total - shown, noun), w.Number(total)));
        }
    }

    /// <summary>Up to <paramref name="limit"/> items joined, with how many more there are: "a, b, c and 12 more".</summary>
    private static string Some(Localization.Wording w, IReadOnlyCollection<string> items, int limit) =>
        string.Join(", ", items.Take(limit)) + (items.Count > limit ? " " + w.Format("Coverage.AndMore", w.Number(items.Count - limit)) : string.Empty);
}
