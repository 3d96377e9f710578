using System.CommandLine;
using RoleModel.Analysis;
using Spectre.Console;

namespace RoleModel.Cli.Commands;

/// <summary><c>rolemodel coverage [FILE]</c>: who meets each requirement; single points of failure; bench strength.</summary>
internal static class CoverageCommand
{
    public static Command Create(CliConsole console)
    {
        var file = CommonOptions.OptionalFile();
        var asOf = CommonOptions.Date("--as-of", "The day of the comparison; defaults to today");
        var format = CommonOptions.Format();
        var command = new Command("coverage",
            "For every role and person of a document: how many people meet each requirement, the requirements only one person meets "
            + "(single points of failure), and each role's bench strength (people meeting all essential requirements).\n\n"
            + "Example:\n  rolemodel coverage --as-of 2025-06-30")
        {
            file, asOf, format,
        };
        command.SetAction(parse =>
        {
            var catalogue = DocumentLoader.ReadValid(parse.GetValue(file), console);
            var report = new FitIndex(catalogue, parse.GetValue(asOf) ?? Today.Date)
                .Coverage(catalogue.Roles.Select(r => r.Id), catalogue.People.Select(p => p.Id));
            if (parse.GetValue(format) == OutputFormat.Json)
            {
                JsonOutput.Write(console.Out, writer => AnalysisJson.WriteCoverage(writer, report));
                return ExitCodes.Success;
            }

            var ansi = Text.Console(console);
            var requirements = new Table().AddColumns("Role", "Requirement", "People meeting it", "Single point of failure");
            foreach (var requirement in report.Requirements)
            {
                requirements.AddRow(Text.Escape(requirement.RoleId), Text.Escape(requirement.Requirement.Id),
                    requirement.PersonIds.Length.ToString(Text.Culture), requirement.IsSinglePointOfFailure ? "yes: " + Text.Escape(requirement.PersonIds[0]) : "");
            }

            ansi.Write(requirements);
            var roles = new Table().AddColumns("Role", "Bench strength", "People");
            foreach (var role in report.Roles)
            {
                roles.AddRow(Text.Escape(role.RoleId), role.Strength.ToString(Text.Culture), Text.Escape(string.Join(", ", role.PersonIds)));
            }

            ansi.Write(roles);
            return ExitCodes.Success;
        });
        return command;
    }
}
