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
            var w = labels.W;
            var table = new Table().AddColumns(w["Column.Change"], w["Column.Effective"], w["Column.Recorded"], w["Column.Kind"], w["Column.Subject"], w["Column.State"], w["Column.Author"], w["Column.Reason"]);
            foreach (var change in changes)
            {
                table.AddRow(
                    Text.Escape(change.Id),
                    w.Day(change.EffectiveOn),
                    w.Day(change.RecordedAt.InUtc().Date) + change.RecordedAt.ToString(" HH:mm'Z'", Text.Culture),
                    w.Name(change.Kind),
                    Text.Escape(change.Task is { } task ? $"{labels.Show(task.Title)} ({task.Id})" : HistoryJson.Subject(change)),
                    State(w, view, change),
                    Text.Escape(change.Author),
                    Text.Escape(change.Reason));
            }

            var ansi = Text.Console(console);
            ansi.WriteLine(w.Format("History.Summary", labels.Role(view.History.RoleId), w.Moment(view.KnownAt), w.Count(changes.Count, "Count.Change"), w.Count(view.PendingProposals.Count(), "Count.OpenProposal")));
            ansi.Write(table);
            return ExitCodes.Success;
        });
        return command;
    }

    /// <summary>A proposal's state, a decision's verdict, or "accepted" for a direct change, in words.</summary>
    private static string State(Localization.Wording w, RoleModel.History.RoleHistoryView view, RoleModel.History.RoleChange change) =>
        change.Kind == RoleModel.History.RoleChangeKind.ProposalDecided && change.Decision is { } decision
            ? w.Format("History.Decides", w.Name(decision))
            : view.GetState(change.Id) is { } state
                ? (change.IsProposal ? w.Format("History.Proposal", w.Name(state)) : w.Name(state))
                : "-";
}
