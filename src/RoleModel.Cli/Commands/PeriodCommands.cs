using System.CommandLine;
using RoleModel.History;
using Spectre.Console;

namespace RoleModel.Cli.Commands;

/// <summary><c>rolemodel diff</c> and <c>rolemodel drift</c>: a role compared between two days.</summary>
internal static class PeriodCommands
{
    public static Command Diff(CliConsole console) => Create(console, "diff",
        "Show what changed in a role between two days: tasks added, removed and changed (shares, status), requirement changes, "
        + "and changed parts of the definition.\n\nExample:\n  rolemodel diff --role cdo --from 2022-01-01 --to 2026-01-01",
        (catalogue, labels, view, from, to, format) =>
        {
            var diff = view.Compare(from, to);
            if (format == OutputFormat.Json)
            {
                JsonOutput.Write(console.Out, writer => HistoryJson.WriteDiff(writer, view.History.RoleId, from, to, diff));
                return;
            }

            var ansi = Text.Console(console);
            var w = labels.W;
            ansi.WriteLine(w.Format("Diff.Summary", labels.Role(view.History.RoleId), w.Day(from), w.Day(to), w.Moment(view.KnownAt), w.Count(diff.Tasks.Length, "Count.TaskChange"), w.Count(diff.Requirements.Length, "Count.RequirementChange")));
            var table = new Table().AddColumns(w["Column.Task"], w["Column.Change"], w["Column.ShareBefore"], w["Column.ShareAfter"], w["Column.Title"]).KeepWhole(0);
            foreach (var revision in diff.Tasks)
            {
                var task = (revision.After ?? revision.Before)!;
                table.AddRow(
                    Text.Escape(task.Id),
                    w[$"Revision.{HistoryJson.Change(revision)}"],
                    revision.Before is { } b ? w.Percent(b.Share) + (b.IsActive ? string.Empty : $" ({w.Name(b.Status)})") : "-",
                    revision.After is { } a ? w.Percent(a.Share) + (a.IsActive ? string.Empty : $" ({w.Name(a.Status)})") : "-",
                    Text.Escape(labels.Show(task.Title)));
            }

            ansi.Write(table);
            foreach (var revision in diff.Requirements)
            {
                var requirement = (revision.After ?? revision.Before)!;
                ansi.WriteLine(w.Format("Diff.Requirement", requirement.Id, string.Join(" | ", requirement.CompetencyIds.Select(labels.CompetencyName)), w[$"Revision.{HistoryJson.Change(revision)}"]));
            }

            if (!diff.ChangedAspects.IsEmpty)
            {
                ansi.WriteLine(w.Format("Diff.Definition", string.Join(", ", diff.ChangedAspects.Select(a => w.Name(a)))));
            }
        });

    public static Command Drift(CliConsole console) => Create(console, "drift",
        "Measure how far a role drifted over a period: the share of working time on tasks that did not exist at the start (novelty), "
        + "the self-initiated share, task turnover, competencies used but not required, and requirements no task uses any more.\n\n"
        + "Example:\n  rolemodel drift --role cdo --from 2022-01-01 --to 2026-01-01",
        (catalogue, labels, view, from, to, format) =>
        {
            var drift = view.MeasureDrift(from, to, catalogue);
            if (format == OutputFormat.Json)
            {
                JsonOutput.Write(console.Out, writer => HistoryJson.WriteDrift(writer, view.History.RoleId, drift));
                return;
            }

            DriftStory.Write(Text.Console(console), labels, view, drift, catalogue);
        });

    private static Command Create(CliConsole console, string name, string description, Action<Catalogue, Labels, RoleHistoryView, NodaTime.LocalDate, NodaTime.LocalDate, OutputFormat> run)
    {
        var file = CommonOptions.OptionalFile();
        var role = CommonOptions.Required("--role", "The identifier of the role.");
        var from = CommonOptions.Date("--from", "The first day", required: true);
        var to = CommonOptions.Date("--to", "The last day", required: true);
        var knownAt = CommonOptions.Instant("--known-at", "Use what was on record at this instant; defaults to now");
        var format = CommonOptions.Format();
        var lang = CommonOptions.Lang();
        var command = new Command(name, description) { file, role, from, to, knownAt, format, lang };
        command.SetAction(parse =>
        {
            // Checked here rather than in a command validator: a validator reading a malformed date would throw
            // instead of leaving the option's own "not a valid date" usage error to be reported.
            var first = parse.GetValue(from)!.Value;
            var last = parse.GetValue(to)!.Value;
            if (last < first)
            {
                throw UsageException.Worded("Usage.ToBeforeFrom", last, first);
            }

            var catalogue = DocumentLoader.ReadValid(parse.GetValue(file), console, parse);
            var view = HistoryLookup.View(HistoryLookup.Find(catalogue, parse.GetRequiredValue(role)), parse.GetValue(knownAt), first, last);
            run(catalogue, Labels.For(catalogue, parse.GetValue(lang), console), view, first, last, parse.GetValue(format));
            return ExitCodes.Success;
        });
        return command;
    }
}
