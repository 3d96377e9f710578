using System.CommandLine;
using RoleModel.Analysis;
using Spectre.Console;

namespace RoleModel.Cli.Commands;

/// <summary><c>rolemodel gap [FILE] --role ID --person ID [--as-of DATE]</c>: how far a person is from a role.</summary>
internal static class GapCommand
{
    public static Command Create(CliConsole console)
    {
        var file = CommonOptions.OptionalFile();
        var role = CommonOptions.Required("--role", "The identifier of the role.");
        var person = CommonOptions.Required("--person", "The identifier of the person.");
        var asOf = CommonOptions.Date("--as-of", "The day of the comparison; defaults to today");
        var settings = new AnalysisSettings();
        var format = CommonOptions.Format();
        var lang = CommonOptions.Lang();
        var command = new Command("gap",
            "Compare a person's assessments with a role's effective requirements: status, levels and gap per requirement, and the fit score.\n\n"
            + "Example:\n  rolemodel gap --role cdo --person p-0001 --as-of 2025-06-30")
        {
            file, role, person, asOf, settings.EssentialShare, settings.StaleAfter, format, lang,
        };
        command.SetAction(parse =>
        {
            var catalogue = DocumentLoader.ReadValid(parse.GetValue(file), console, parse);
            var found = Lookup.Role(catalogue, parse.GetRequiredValue(role));
            var holder = Lookup.Person(catalogue, parse.GetRequiredValue(person));
            var analysis = FitAnalysis.Analyze(catalogue, found, holder, parse.GetValue(asOf) ?? Today.Date, settings.Read(parse));
            var labels = Labels.For(catalogue, parse.GetValue(lang), console);
            if (parse.GetValue(format) == OutputFormat.Json)
            {
                JsonOutput.Write(console.Out, writer => AnalysisJson.WriteGap(writer, analysis, labels));
            }
            else
            {
                WriteText(Text.Console(console), analysis, labels);
            }

            return ExitCodes.Success;
        });
        return command;
    }

    private static void WriteText(IAnsiConsole console, GapAnalysis analysis, Labels labels)
    {
        var w = labels.W;
        console.WriteLine(w.Format("Gap.Summary", analysis.PersonId, labels.Role(analysis.RoleId), w.Day(analysis.AsOf), analysis.Score.ToString("0.00", w.Culture), w[analysis.AllEssentialMet ? "Value.Yes" : "Value.No"]));
        var table = new Table().AddColumns(w["Column.Requirement"], w["Column.Competency"], w["Column.Importance"], w["Column.Required"], w["Column.Held"], w["Column.Status"], w["Column.Gap"], w["Column.Contribution"]).KeepWhole(0);
        foreach (var gap in analysis.Requirements)
        {
            table.AddRow(
                Text.Escape(gap.Requirement.Id),
                Text.Escape(string.Join(" | ", (gap.CompetencyId is { } held ? [held] : gap.Requirement.CompetencyIds.AsEnumerable()).Select(labels.CompetencyName))),
                w.Name(gap.Requirement.Importance),
                Text.Escape(gap.RequiredLevel?.ToString() ?? w["Description.AnyLevel"]),
                Text.Escape(gap.HeldLevel?.ToString() ?? "-") + (gap.IsStale ? " " + w["Gap.Stale"] : string.Empty),
                w.Name(gap.Status),
                gap.LevelGap?.ToString(w.Culture) ?? "-",
                $"{gap.Contribution.ToString("0.000", w.Culture)} / {gap.MaxContribution.ToString("0.000", w.Culture)}");
        }

        console.Write(table);
    }

    public static string Status(RequirementStatus status) => status switch
    {
        RequirementStatus.Met => "met",
        RequirementStatus.PartlyMet => "partly met",
        RequirementStatus.Missing => "missing",
        _ => "not comparable",
    };
}
