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
            var table = new Table().AddColumns(w["Column.Change"], w["Column.Effective"], w["Column.Recorded"], w["Column.Kind"], w["Column.Subject"], w["Column.State"], w["Column.Author"], w["Column.Reason"]).KeepWhole(0);
            foreach (var change in changes)
            {
                table.AddRow(
                    Text.Escape(change.Id),
                    w.Day(change.EffectiveOn),
                    w.Day(change.RecordedAt.InUtc().Date) + change.RecordedAt.ToString(" HH:mm'Z'", Text.Culture),
                    w.Name(change.Kind),
                    Text.Escape(Subject(labels, view, change)),
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

    /// <summary>
    /// What a change is about, named with its title: a task as <c>title (id)</c>, also one a change names by its id only (a
    /// retired task: its title as last recorded before), a requirement as <c>competency name (id)</c>, else the subject's id.
    /// </summary>
    private static string Subject(Labels labels, RoleModel.History.RoleHistoryView view, RoleModel.History.RoleChange change)
    {
        var earlier = view.KnownChanges.Where(c => c.EffectiveOn <= change.EffectiveOn).Reverse().ToList();
        if ((change.Task ?? Task(view, earlier, change.TaskId)) is { } task)
        {
            return $"{labels.Show(task.Title)} ({task.Id})";
        }

        if (change.Requirement is { } requirement)
        {
            return labels.Requirement(requirement);
        }

        if (change.RequirementId is { } requirementId)
        {
            return earlier.Select(c => c.Requirement).FirstOrDefault(r => r?.Id == requirementId) is { } known
                ? labels.Requirement(known)
                : labels.Requirement(view.History.Baseline, requirementId);
        }

        return HistoryJson.Subject(change);
    }

    /// <summary>The task <paramref name="taskId"/> as last recorded among <paramref name="earlier"/> changes (latest first), else in the baseline duty list.</summary>
    private static RoleTask? Task(RoleModel.History.RoleHistoryView view, List<RoleModel.History.RoleChange> earlier, string? taskId) =>
        taskId is null
            ? null
            : earlier.Select(c => c.Task).FirstOrDefault(t => t?.Id == taskId)
                ?? view.History.BaselineTasks.FirstOrDefault(t => string.Equals(t.Id, taskId, StringComparison.Ordinal));

    /// <summary>A proposal's state, a decision's verdict, or "accepted" for a direct change, in words.</summary>
    private static string State(Localization.Wording w, RoleModel.History.RoleHistoryView view, RoleModel.History.RoleChange change) =>
        change.Kind == RoleModel.History.RoleChangeKind.ProposalDecided && change.Decision is { } decision
            ? w.Format("History.Decides", w.Name(decision))
            : view.GetState(change.Id) is { } state
                ? (change.IsProposal ? w.Format("History.Proposal", w.Name(state)) : w.Name(state))
                : "-";
}
