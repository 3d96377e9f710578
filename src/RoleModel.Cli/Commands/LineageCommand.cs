using System.CommandLine;
using RoleModel.Evolution;
using Spectre.Console;

namespace RoleModel.Cli.Commands;

/// <summary><c>rolemodel lineage [FILE] --role ID</c>: where a role and its tasks came from.</summary>
internal static class LineageCommand
{
    public static Command Create(CliConsole console)
    {
        var file = CommonOptions.OptionalFile();
        var role = CommonOptions.Required("--role", "The identifier of the role.");
        var knownAt = CommonOptions.Instant("--known-at", "Use what was on record at this instant; defaults to now");
        var format = CommonOptions.Format();
        var lang = CommonOptions.Lang();
        var command = new Command("lineage",
            "Show where a role and its tasks came from: the roles it was created from, split from or merged with, the roles that descend "
            + "from it, and for each task whether another role delegated it, it came with the lineage, or it is the role's own.\n\n"
            + "Example:\n  rolemodel lineage --role data-officer")
        {
            file, role, knownAt, format, lang,
        };
        command.SetAction(parse =>
        {
            var catalogue = DocumentLoader.ReadValid(parse.GetValue(file), console, parse);
            var labels = Labels.For(catalogue, parse.GetValue(lang), console);
            var found = Lookup.Role(catalogue, parse.GetRequiredValue(role));
            var instant = parse.GetValue(knownAt) ?? Today.Now;
            var provenance = TaskSources.Trace(catalogue, found.Id, instant);
            if (parse.GetValue(format) == OutputFormat.Json)
            {
                JsonOutput.Write(console.Out, writer => EvolutionJson.WriteProvenance(writer, provenance, instant));
                return ExitCodes.Success;
            }

            Write(Text.Console(console), found, provenance, instant, labels);
            return ExitCodes.Success;
        });
        return command;
    }

    private static void Write(IAnsiConsole ansi, Role role, RoleProvenance provenance, NodaTime.Instant knownAt, Labels labels)
    {
        ansi.WriteLine($"{Text.Escape(labels.Show(role.Title))} ({Text.Escape(role.Id)}), as known at {knownAt}.");
        ansi.WriteLine($"Descends from: {Facts(provenance.Ancestry, l => $"{Text.Name(l.Kind)} {labels.Role(l.SourceRoleId)}")}");
        ansi.WriteLine($"Roles descending from it: {Facts(provenance.Descendants, l => $"{labels.Role(l.RoleId)} ({Text.Name(l.Kind)} it)")}");
        if (provenance.Tasks.IsEmpty)
        {
            ansi.WriteLine("The role has no tasks on record.");
            return;
        }

        var table = new Table().AddColumns("Task", "Title", "Since", "Until", "Came from");
        foreach (var source in provenance.Tasks)
        {
            table.AddRow(
                Text.Escape(source.Task.TaskId),
                Text.Escape(labels.Show(source.Task.Title)),
                source.Task.Since.ToString("yyyy-MM-dd", Text.Culture),
                source.Task.Until?.ToString("yyyy-MM-dd", Text.Culture) ?? "-",
                Text.Escape(CameFrom(source)));
        }

        ansi.Write(table);
    }

    private static string Facts(IEnumerable<RoleLineage> facts, Func<RoleLineage, string> describe)
    {
        var list = facts.Select(l => $"{describe(l)} on {l.EffectiveOn:yyyy-MM-dd}{(l.Reason.Length > 0 ? $" ({l.Reason.TrimEnd('.')})" : string.Empty)}").ToList();
        return Text.Escape(list.Count == 0 ? "none." : string.Join("; ", list) + ".");
    }

    private static string CameFrom(TaskSource source) => source.Kind switch
    {
        TaskSourceKind.Delegated => $"delegated by {source.SourceRoleId} on {source.SourceDay:yyyy-MM-dd} (change {source.ChangeId})",
        TaskSourceKind.Lineage => $"from {source.SourceRoleId} with the lineage of {source.SourceDay:yyyy-MM-dd}",
        _ => $"own ({Text.Name(source.Task.Origin)})",
    };
}
