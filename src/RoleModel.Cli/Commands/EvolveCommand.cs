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
        ansi.WriteLine($"Template {report.TemplateRoleId} on {report.On:yyyy-MM-dd}, as known at {report.KnownAt}: "
            + $"{Text.Count(report.DerivedRoleIds.Length, "derived role")}"
            + (report.DerivedRoleIds.IsEmpty ? "." : $" ({Text.Escape(string.Join(", ", report.DerivedRoleIds))})."));
        ansi.WriteLine(report.Proposals.IsEmpty ? "No proposals." : $"{Text.Count(report.Proposals.Length, "proposal")}:");
        for (var i = 0; i < report.Proposals.Length; i++)
        {
            var proposal = report.Proposals[i];
            var label = labels.Show(proposal.Label);
            ansi.WriteLine();
            ansi.WriteLine($"{i + 1}. {Verb(proposal.Kind)} {Text.Escape(proposal.Subject)}{(label.Length > 0 ? $" ({Text.Escape(label)})" : string.Empty)}: {Text.Escape(Summary(proposal, report.DerivedRoleIds.Length))}");
            if (proposal.Evidence.IsEmpty)
            {
                continue;
            }

            var table = new Table().AddColumns("Role", "Tasks", "Since", "Until");
            foreach (var evidence in proposal.Evidence)
            {
                table.AddRow(
                    Text.Escape(evidence.RoleId),
                    Text.Escape(string.Join(", ", evidence.TaskIds)),
                    evidence.Since.ToString("yyyy-MM-dd", Text.Culture),
                    evidence.Until?.ToString("yyyy-MM-dd", Text.Culture) ?? "-");
            }

            ansi.Write(table);
        }
    }

    private static string Verb(TemplateProposalKind kind) => kind switch
    {
        TemplateProposalKind.AddTask => "Add task like",
        TemplateProposalKind.AddRequirement => "Add requirement",
        TemplateProposalKind.RetireTask => "Retire task",
        _ => "Remove requirement",
    };

    private static string Summary(TemplateProposal proposal, int derived)
    {
        var since = proposal.Since?.ToString("yyyy-MM-dd", Text.Culture);
        return proposal.Kind switch
        {
            TemplateProposalKind.AddTask => $"{proposal.Evidence.Length} of {derived} derived roles have this work (since {since}); the template lacks it.",
            TemplateProposalKind.AddRequirement => $"tasks of {proposal.Evidence.Length} of {derived} derived roles use it (since {since}); the template does not require it.",
            _ => since is null
                ? $"none of the {derived} derived roles ever had it."
                : $"none of the {derived} derived roles has it since {since}; {Text.Count(proposal.Evidence.Length, "role")} had it before.",
        };
    }
}
