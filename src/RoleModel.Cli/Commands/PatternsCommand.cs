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
            Description = "How task titles are compared: Lexical (default: words and character trigrams, any language), Embeddings (meaning, by the embedding model; English titles) "
                + "or Activities (what work they are: the activities suggested for each from the tasks of --reference, mixed with the embeddings; needs the model; threshold 0.3 unless given).",
            DefaultValueFactory = _ => PatternSimilarity.Lexical,
        };
        var reference = new Option<FileInfo?>("--reference")
        {
            Description = "With --similarity Activities: a document whose tasks are linked to activities, such as an O*NET import made by 'rolemodel import onet' (only read).",
            HelpName = "FILE",
        };
        var cache = new Option<FileInfo?>("--embedding-cache")
        {
            Description = "With --similarity Embeddings or Activities, or --evaluate: the file that keeps embeddings between runs (default: rolemodel/embeddings-minilm.bin in the user's local application data).",
        };
        var evaluate = new Option<DirectoryInfo?>("--evaluate")
        {
            Description = "Instead: evaluate the grouping on an O*NET release folder against DWA co-membership (pairwise precision, recall, F1; text similarities and the activity similarity, whose reference is half of the occupations; settings tuned on a quarter, reported on the other quarter).",
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
            file, from, to, knownAt, patterns.Threshold, patterns.MinimumRoles, similarity, reference, cache, evaluate, format, lang, imported,
        };
        command.SetAction(parse =>
        {
            var (chosen, referenceFile) = (parse.GetValue(similarity), parse.GetValue(reference));
            if (referenceFile is not null && chosen != PatternSimilarity.Activities)
            {
                throw UsageException.Worded("Usage.ReferenceWithoutActivities");
            }

            if (parse.GetValue(evaluate) is { } folder)
            {
                if (parse.GetValue(file) is not null)
                {
                    throw new UsageException("Give either a document or --evaluate, not both.");
                }

                if (referenceFile is not null)
                {
                    throw UsageException.Worded("Usage.EvaluateWithReference");
                }

                if (!folder.Exists)
                {
                    throw new UsageException($"The O*NET release folder '{folder}' does not exist.");
                }

                using var model = EmbeddingModel.Open(parse.GetValue(cache));
                if (model is null)
                {
                    console.Error.WriteLine(EmbeddingModel.LexicalOnlyLine(Localization.Wording.ForUser(console)));
                }

                new PatternsEvaluation(console, model).Run(folder.FullName);
                return ExitCodes.Success;
            }

            if (referenceFile is null && chosen == PatternSimilarity.Activities)
            {
                throw UsageException.Worded("Usage.ActivitiesWithoutReference");
            }

            var document = DocumentLoader.ReadValidDocument(parse.GetValue(file), console, parse);
            var catalogue = document.Catalogue!;
            var scope = DocumentScope.Read(parse, imported, document);
            var labels = Labels.For(catalogue, parse.GetValue(lang), console);
            DocumentScope.NoteLeftOut(console, labels.W, histories: scope.HistoriesLeftOut);
            var instant = parse.GetValue(knownAt) ?? Today.Now;
            var (first, last) = EvolutionCommands.Period(catalogue, instant, parse.GetValue(from), parse.GetValue(to));
            if (referenceFile is not null)
            {
                ActivityReference.Check(referenceFile);
            }

            using var generator = chosen is PatternSimilarity.Embeddings or PatternSimilarity.Activities ? EmbeddingModel.Open(parse.GetValue(cache)) : null;
            if (generator is null && chosen == PatternSimilarity.Embeddings)
            {
                console.Error.WriteLine(EmbeddingModel.LexicalOnlyLine(labels.W));
            }

            if (generator is null && chosen == PatternSimilarity.Activities)
            {
                throw new CommandFailedException(labels.W.Format("Model.ActivitiesNeedModel", labels.W.Format("Model.NotInstalled", EmbeddingModel.PackageId)));
            }

            var options = chosen == PatternSimilarity.Activities
                ? patterns.Read(parse, ActivityReference.Open(referenceFile!, generator!, console, parse), ActivityReference.Threshold)
                : patterns.Read(parse, generator is null ? null : new EmbeddingTaskSimilarity(generator));
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
        var w = labels.W;
        ansi.WriteLine(w.Format("Patterns.Summary", w.Count(report.RolesCompared, "Count.Role"), w.Count(report.TasksCompared, "Count.Task"),
            w.Day(report.From), w.Day(report.To), w.Moment(report.KnownAt), w.Count(report.Patterns.Length, "Count.RecurringTask"), w.Number(report.Emerging.Count())));
        if (report.Patterns.IsEmpty)
        {
            return;
        }

        var summary = new TextTable("#", w["Column.Pattern"], w["Column.Roles"], w["Column.Since"], w["Column.RolesStartEnd"], w["Column.MedianShare"], w["Column.SelfInitiated"], w["Column.Emerging"]);
        for (var i = 0; i < report.Patterns.Length; i++)
        {
            var p = report.Patterns[i];
            summary.AddRow(
                w.Number(i + 1),
                labels.Show(p.Label),
                w.Number(p.RoleIds.Length),
                w.Day(p.Since),
                $"{w.Number(p.RolesAtStart)} → {w.Number(p.RolesAtEnd)}",
                p.MedianShare is { } m ? w.Percent(m) : "-",
                w.Format("Patterns.OfRoles", w.Number(p.SelfInitiatedRoles), w.Number(p.RoleIds.Length)),
                w[p.IsEmerging ? "Value.Yes" : "Value.No"]);
        }

        summary.Write(ansi);
        var over = w["Patterns.RolesOverTime"];
        for (var i = 0; i < report.Patterns.Length; i++)
        {
            var p = report.Patterns[i];
            ansi.PlainLine();

            // A plain line, not markup: the texts are neutralised, not markup-escaped (which would show "[[" for "[").
            ansi.PlainLine($"{i + 1}. {TerminalSafeWriter.Neutralise(labels.Show(p.Label))} ({TerminalSafeWriter.Neutralise(p.Key)})");
            foreach (var line in p.Series.Chunk(6).Select((points, n) => (n == 0 ? $"   {over} " : new string(' ', over.Length + 4)) + string.Join(", ", points.Select(s => w.Format("Patterns.Point", w.Day(s.Day), w.Number(s.Roles))))))
            {
                ansi.PlainLine(line);
            }

            var members = new TextTable(w["Column.Role"], w["Column.Task"], w["Column.Title"], w["Column.Origin"], w["Column.Since"], w["Column.Until"]);
            foreach (var member in p.Members)
            {
                members.AddRow(
                    labels.Role(member.RoleId),
                    member.TaskId,
                    labels.Show(member.Title),
                    w.Name(member.Origin),
                    w.Day(member.Since),
                    member.Until is { } until ? w.Day(until) : "-");
            }

            members.Write(ansi);
        }
    }
}
