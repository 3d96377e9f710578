using System.CommandLine;
using Spectre.Console;

namespace RoleModel.Cli.Commands;

/// <summary><c>rolemodel history [FILE] --role ID</c>: the dated changes of a role, with proposal states.</summary>
internal static class HistoryCommand
{
    public static Command Create(CliConsole console)
    {
        var file = CommonOptions.OptionalFile();
        var role = CommonOptions.Required("--role", "The identifier of the role.");
        var knownAt = CommonOptions.Instant("--known-at", "Show what was on record at this instant; defaults to now");
        var format = CommonOptions.Format();
        var lang = CommonOptions.Lang();
        var command = new Command("history",
            "List the changes of a role in the order they were recorded: the day each takes effect, when it was recorded, by whom, why, "
            + "and the state of proposals (proposed, accepted, rejected, withdrawn).\n\n"
            + "Example:\n  rolemodel history --role cdo --known-at 2024-01-01T00:00:00Z")
        {
            file, role, knownAt, format, lang,
        };
        command.SetAction(parse =>
        {
            var catalogue = DocumentLoader.ReadValid(parse.GetValue(file), console, parse);
            var view = HistoryLookup.View(HistoryLookup.Find(catalogue, parse.GetRequiredValue(role)), parse.GetValue(knownAt));
            var changes = view.KnownChanges.ToList();
            if (parse.GetValue(format) == OutputFormat.Json)
            {
                JsonOutput.Write(console.Out, writer => HistoryJson.WriteChanges(writer, view, changes));
                return ExitCodes.Success;
            }

            var labels = Labels.For(catalogue, parse.GetValue(lang), console);
            var table = new Table().AddColumns("Change", "Effective", "Recorded", "Kind", "Subject", "State", "Author", "Reason");
            foreach (var change in changes)
            {
                table.AddRow(
                    Text.Escape(change.Id),
                    change.EffectiveOn.ToString("yyyy-MM-dd", Text.Culture),
                    change.RecordedAt.ToString("yyyy-MM-dd HH:mm'Z'", Text.Culture),
                    HistoryJson.Kind(change.Kind),
                    Text.Escape(change.Task is { } task ? $"{labels.Show(task.Title)} ({task.Id})" : HistoryJson.Subject(change)),
                    HistoryJson.State(view, change),
                    Text.Escape(change.Author),
                    Text.Escape(change.Reason));
            }

            var ansi = Text.Console(console);
            ansi.WriteLine($"History of {labels.Role(view.History.RoleId)} as known at {view.KnownAt}: {Text.Count(changes.Count, "change")}, {Text.Count(view.PendingProposals.Count(), "pending proposal")}.");
            ansi.Write(table);
            return ExitCodes.Success;
        });
        return command;
    }
}
