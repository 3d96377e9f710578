using System.CommandLine;

namespace RoleModel.Cli.Commands;

/// <summary><c>rolemodel show [FILE] --role ID [--as-of DATE] [--known-at INSTANT]</c>: a role and its task profile.</summary>
internal static class ShowCommand
{
    public static Command Create(CliConsole console)
    {
        var file = CommonOptions.OptionalFile();
        var role = CommonOptions.Required("--role", "The identifier of the role.");
        var asOf = CommonOptions.Date("--as-of", "The day to show the role on; defaults to today");
        var knownAt = CommonOptions.Instant("--known-at", "Show what was on record at this instant; defaults to now");
        var format = CommonOptions.Format();
        var lang = CommonOptions.Lang();
        var command = new Command("show",
            "Show a role: purpose, outcomes, openness, effective requirements and its task profile on a day.\n\n"
            + "Example:\n  rolemodel show --role cdo --as-of 2024-06-30")
        {
            file, role, asOf, knownAt, format, lang,
        };
        command.SetAction(parse =>
        {
            var catalogue = DocumentLoader.ReadValid(parse.GetValue(file), console, parse);
            var found = Lookup.Role(catalogue, parse.GetRequiredValue(role));
            var day = parse.GetValue(asOf) ?? Today.Date;
            var labels = Labels.For(catalogue, parse.GetValue(lang), console);
            RoleView view;
            if (HistoryLookup.ViewOn(catalogue, found.Id, parse.GetValue(knownAt), day) is { } history)
            {
                var snapshot = history.ProjectOn(day);
                view = RoleView.Create(catalogue, labels, snapshot.Role, snapshot.Tasks);
            }
            else
            {
                view = RoleView.Create(catalogue, labels, found);
            }
            if (parse.GetValue(format) == OutputFormat.Json)
            {
                JsonOutput.Write(console.Out, view.WriteJson);
            }
            else
            {
                view.WriteText(Text.Console(console));
            }

            return ExitCodes.Success;
        });
        return command;
    }
}
