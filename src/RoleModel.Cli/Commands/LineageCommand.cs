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
        var w = labels.W;
        ansi.WriteLine(w.Format("Lineage.Heading", Text.Escape(labels.Show(role.Title)), Text.Escape(role.Id), w.Moment(knownAt)));
        ansi.WriteLine(w.Format("Lineage.DescendsFrom", Facts(w, provenance.Ancestry, l => w.Format("Lineage.Ancestor", w.Name(l.Kind), labels.Role(l.SourceRoleId)))));
        ansi.WriteLine(w.Format("Lineage.Descendants", Facts(w, provenance.Descendants, l => w.Format("Lineage.Descendant", labels.Role(l.RoleId), w.Name(l.Kind)))));
        if (provenance.Tasks.IsEmpty)
        {
            ansi.WriteLine(w["Lineage.NoTasks"]);
            return;
        }

        var table = new Table().AddColumns(w["Column.Task"], w["Column.Title"], w["Column.Since"], w["Column.Until"], w["Column.CameFrom"]);
        foreach (var source in provenance.Tasks)
        {
            table.AddRow(
                Text.Escape(source.Task.TaskId),
                Text.Escape(labels.Show(source.Task.Title)),
                w.Day(source.Task.Since),
                source.Task.Until is { } until ? w.Day(until) : "-",
                Text.Escape(CameFrom(w, source)));
        }

        ansi.Write(table);
    }

    private static string Facts(Localization.Wording w, IEnumerable<RoleLineage> facts, Func<RoleLineage, string> describe)
    {
        var list = facts.Select(l => w.Format(l.Reason.Length > 0 ? "Lineage.FactWithReason" : "Lineage.Fact", describe(l), w.Day(l.EffectiveOn), l.Reason.TrimEnd('.'))).ToList();
        return Text.Escape(list.Count == 0 ? w["Lineage.None"] : string.Join("; ", list) + ".");
    }

    private static string CameFrom(Localization.Wording w, TaskSource source) => source.Kind switch
    {
        TaskSourceKind.Delegated => w.Format("Lineage.Delegated", source.SourceRoleId, source.SourceDay is { } d ? w.Day(d) : "-", source.ChangeId),
        TaskSourceKind.Lineage => w.Format("Lineage.WithLineage", source.SourceRoleId, source.SourceDay is { } l ? w.Day(l) : "-"),
        _ => w.Format("Lineage.Own", w.Name(source.Task.Origin)),
    };
}
