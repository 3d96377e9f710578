using System.CommandLine;
using RoleModel.Evolution;
using Spectre.Console;

namespace RoleModel.Cli.Commands;

/// <summary><c>rolemodel evolve [FILE] --template ID</c>: proposals to update a template from the roles derived from it.</summary>
internal static class EvolveCommand
{
    public static Command Create(CliConsole console)
    {
        var file = CommonOptions.OptionalFile();
        var template = CommonOptions.Required("--template", "The identifier of the template role.");
        var on = CommonOptions.Date("--on", "The day to compare; defaults to the last day any known change takes effect");
        var knownAt = CommonOptions.Instant("--known-at", "Use what was on record at this instant; defaults to now");
        var patterns = new PatternSettings();
        var format = CommonOptions.Format();
        var lang = CommonOptions.Lang();
        var imported = DocumentScope.Option();
        var command = new Command("evolve",
            "Propose updates to a template role from the roles derived from it: tasks most of them took on that the template lacks, "
            + "competencies most of them use that it does not require, and template tasks and requirements none of them uses any more. "
            + "Each proposal lists its evidence: which roles, which tasks, since when. The document's own derived roles, unless --include-imported.\n\n"
            + "Example:\n  rolemodel evolve --template municipal-cdo --on 2026-01-01")
        {
            file, template, on, knownAt, patterns.Threshold, patterns.MinimumRoles, format, lang, imported,
        };
        command.SetAction(parse =>
        {
            var document = DocumentLoader.ReadValidDocument(parse.GetValue(file), console, parse);
            var catalogue = document.Catalogue!;
            var scope = DocumentScope.Read(parse, imported, document);
            var labels = Labels.For(catalogue, parse.GetValue(lang), console);
            var role = Lookup.Role(catalogue, parse.GetRequiredValue(template));
            var instant = parse.GetValue(knownAt) ?? Today.Now;
            var day = parse.GetValue(on) ?? EvolutionCommands.Period(catalogue, instant, null, null).To;
            var report = TemplateEvolution.Propose(catalogue, role.Id, scope.Roles, instant, day, patterns.Read(parse));
            DocumentScope.NoteLeftOut(console, labels.W, roles: catalogue.Roles.Count(r => string.Equals(r.Template?.RoleId, role.Id, StringComparison.Ordinal) && !scope.HasRole(r.Id)));
            if (parse.GetValue(format) == OutputFormat.Json)
            {
                JsonOutput.Write(console.Out, writer => EvolutionJson.WriteEvolution(writer, report));
                return ExitCodes.Success;
            }

            Write(Text.Console(console), report, labels);
            return ExitCodes.Success;
        });
        return command;
    }

    private static void Write(IAnsiConsole ansi, TemplateEvolutionReport report, Labels labels)
    {
        var w = labels.W;
        var derived = w.Count(report.DerivedRoleIds.Length, "Count.DerivedRole");
        ansi.WriteLine(report.DerivedRoleIds.IsEmpty
            ? w.Format("Evolve.Summary", Text.Escape(report.TemplateRoleId), w.Day(report.On), w.Moment(report.KnownAt), derived)
            : w.Format("Evolve.SummaryWithRoles", Text.Escape(report.TemplateRoleId), w.Day(report.On), w.Moment(report.KnownAt), derived, Text.Escape(string.Join(", ", report.DerivedRoleIds))));
        ansi.WriteLine(report.Proposals.IsEmpty ? w["Evolve.NoProposals"] : w.Format("Evolve.Proposals", w.Count(report.Proposals.Length, "Count.Proposal")));
        for (var i = 0; i < report.Proposals.Length; i++)
        {
            var proposal = report.Proposals[i];
            var label = labels.Show(proposal.Label);
            ansi.WriteLine();
            ansi.WriteLine($"{i + 1}. {w[$"Evolve.{proposal.Kind}"]} {Text.Escape(proposal.Subject)}{(label.Length > 0 ? $" ({Text.Escape(label)})" : string.Empty)}: {Text.Escape(Summary(w, proposal, report.DerivedRoleIds.Length))}");
            if (proposal.Evidence.IsEmpty)
            {
                continue;
            }

            var table = new Table().AddColumns(w["Column.Role"], w["Column.Tasks"], w["Column.Since"], w["Column.Until"]);
            foreach (var evidence in proposal.Evidence)
            {
                table.AddRow(
                    Text.Escape(labels.Role(evidence.RoleId)),
                    Text.Escape(string.Join(", ", evidence.TaskIds.Select(task => labels.Task(evidence.RoleId, task, report.KnownAt)))),
                    w.Day(evidence.Since),
                    evidence.Until is { } until ? w.Day(until) : "-");
            }

            ansi.Write(table);
        }
    }

    private static string Summary(Localization.Wording w, TemplateProposal proposal, int derived)
    {
        var since = proposal.Since is { } day ? w.Day(day) : null;
        var (count, all) = (w.Number(proposal.Evidence.Length), w.Number(derived));
        return proposal.Kind switch
        {
            TemplateProposalKind.AddTask => w.Format("Evolve.AddTask.Why", count, all, since),
            TemplateProposalKind.AddRequirement => w.Format("Evolve.AddRequirement.Why", count, all, since),
            _ => since is null
                ? w.Format("Evolve.NeverHad", all)
                : w.Format("Evolve.NoLonger", all, since, w.Count(proposal.Evidence.Length, "Count.Role")),
        };
    }
}
