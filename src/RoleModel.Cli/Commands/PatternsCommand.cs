using System.CommandLine;
using RoleModel.Cli.Discovery;
using RoleModel.Discovery;
using RoleModel.Evolution;
using Spectre.Console;

namespace RoleModel.Cli.Commands;

/// <summary><c>rolemodel patterns [FILE] [--from DATE] [--to DATE]</c>: recurring tasks across roles and how they spread.</summary>
internal static class PatternsCommand
{
    public static Command Create(CliConsole console)
    {
        var file = CommonOptions.OptionalFile();
        var from = CommonOptions.Date("--from", "The first day of the period; defaults to the first day any history starts");
        var to = CommonOptions.Date("--to", "The last day of the period; defaults to the last day any known change takes effect");
        var knownAt = CommonOptions.Instant("--known-at", "Use what was on record at this instant; defaults to now");
        var patterns = new PatternSettings();
        var similarity = new Option<PatternSimilarity>("--similarity")
        {
            Description = "How task titles are compared: Lexical (default: words and character trigrams, any language) or Embeddings (meaning, by the embedding model; English titles).",
            DefaultValueFactory = _ => PatternSimilarity.Lexical,
        };
        var cache = new Option<FileInfo?>("--embedding-cache")
        {
            Description = "With --similarity Embeddings or --evaluate: the file that keeps embeddings between runs (default: rolemodel/embeddings-minilm.bin in the user's local application data).",
        };
        var evaluate = new Option<DirectoryInfo?>("--evaluate")
        {
            Description = "Instead: evaluate the grouping on an O*NET release folder against DWA co-membership (pairwise precision, recall, F1; thresholds tuned on half of the occupations, reported on the other).",
        };
        var format = CommonOptions.Format();
        var lang = CommonOptions.Lang();
        var imported = DocumentScope.Option();
        var command = new Command("patterns",
            "Find recurring tasks: groups of similar tasks (by their titles in all languages) in different roles. For each: how many roles "
            + "have it over time, since when, the median share, how many roles took it on self-initiated, and whether it is emerging "
            + "(spreading during the period and mostly self-initiated). The document's own histories, unless --include-imported.\n\n"
            + "Example:\n  rolemodel patterns --from 2024-01-01 --to 2026-01-01")
        {
            file, from, to, knownAt, patterns.Threshold, patterns.MinimumRoles, similarity, cache, evaluate, format, lang, imported,
        };
        command.SetAction(parse =>
        {
            if (parse.GetValue(evaluate) is { } folder)
            {
                if (parse.GetValue(file) is not null)
                {
                    throw new UsageException("Give either a document or --evaluate, not both.");
                }

                if (!folder.Exists)
                {
                    throw new UsageException($"The O*NET release folder '{folder}' does not exist.");
                }

                using var model = EmbeddingModel.Open(parse.GetValue(cache));
                if (model is null)
                {
                    console.Error.WriteLine(EmbeddingModel.LexicalOnlyLine);
                }

                new PatternsEvaluation(console, model).Run(folder.FullName);
                return ExitCodes.Success;
            }

            var document = DocumentLoader.ReadValidDocument(parse.GetValue(file), console, parse);
            var catalogue = document.Catalogue!;
            var scope = DocumentScope.Read(parse, imported, document);
            var labels = Labels.For(catalogue, parse.GetValue(lang), console);
            DocumentScope.NoteLeftOut(console, labels.W, histories: scope.HistoriesLeftOut);
            var instant = parse.GetValue(knownAt) ?? Today.Now;
            var (first, last) = EvolutionCommands.Period(catalogue, instant, parse.GetValue(from), parse.GetValue(to));
            using var generator = parse.GetValue(similarity) == PatternSimilarity.Embeddings ? EmbeddingModel.Open(parse.GetValue(cache)) : null;
            if (generator is null && parse.GetValue(similarity) == PatternSimilarity.Embeddings)
            {
                console.Error.WriteLine(EmbeddingModel.LexicalOnlyLine);
            }

            var options = patterns.Read(parse, generator is null ? null : new EmbeddingTaskSimilarity(generator));
            var report = TaskPatterns.Find(scope.Histories, instant, first, last, options);
            if (parse.GetValue(format) == OutputFormat.Json)
            {
                JsonOutput.Write(console.Out, writer => EvolutionJson.WritePatterns(writer, report));
                return ExitCodes.Success;
            }

            Write(Text.Console(console), report, labels);
            return ExitCodes.Success;
        });
        return command;
    }

    private static void Write(IAnsiConsole ansi, TaskPatternReport report, Labels labels)
    {
        ansi.WriteLine($"Patterns across {Text.Count(report.RolesCompared, "role")} ({Text.Count(report.TasksCompared, "task")}), "
            + $"{report.From:yyyy-MM-dd} → {report.To:yyyy-MM-dd}, as known at {report.KnownAt}: "
            + $"{Text.Count(report.Patterns.Length, "recurring task")}, {report.Emerging.Count()} emerging.");
        if (report.Patterns.IsEmpty)
        {
            return;
        }

        var summary = new Table().AddColumns("#", "Pattern", "Roles", "Since", "Roles at start → end", "Median share", "Self-initiated", "Emerging");
        for (var i = 0; i < report.Patterns.Length; i++)
        {
            var p = report.Patterns[i];
            summary.AddRow(
                (i + 1).ToString(Text.Culture),
                Text.Escape(labels.Show(p.Label)),
                p.RoleIds.Length.ToString(Text.Culture),
                p.Since.ToString("yyyy-MM-dd", Text.Culture),
                $"{p.RolesAtStart} → {p.RolesAtEnd}",
                p.MedianShare is { } m ? Text.Percent(m) : "-",
                $"{p.SelfInitiatedRoles} of {p.RoleIds.Length}",
                p.IsEmerging ? "yes" : "no");
        }

        ansi.Write(summary);
        for (var i = 0; i < report.Patterns.Length; i++)
        {
            var p = report.Patterns[i];
            ansi.WriteLine();
            ansi.WriteLine($"{i + 1}. {Text.Escape(labels.Show(p.Label))} ({Text.Escape(p.Key)})");
            foreach (var line in p.Series.Chunk(6).Select((points, n) => (n == 0 ? "   Roles over time: " : "                    ") + string.Join(", ", points.Select(s => s.ToString()))))
            {
                ansi.WriteLine(line);
            }

            var members = new Table().AddColumns("Role", "Task", "Title", "Origin", "Since", "Until");
            foreach (var member in p.Members)
            {
                members.AddRow(
                    Text.Escape(labels.Role(member.RoleId)),
                    Text.Escape(member.TaskId),
                    Text.Escape(labels.Show(member.Title)),
                    Text.Name(member.Origin),
                    member.Since.ToString("yyyy-MM-dd", Text.Culture),
                    member.Until?.ToString("yyyy-MM-dd", Text.Culture) ?? "-");
            }

            ansi.Write(members);
        }
    }
}
