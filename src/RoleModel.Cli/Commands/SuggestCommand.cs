using System.CommandLine;
using System.Text;
using System.Text.Json;
using RoleModel.Cli.Discovery;
using RoleModel.Discovery;

namespace RoleModel.Cli.Commands;

/// <summary>
/// <c>rolemodel suggest [FILE] (--text TEXT | --texts FILE | --evaluate DIR)</c>: what a task text probably is (activities, similar
/// tasks, competencies), or the evaluation on an O*NET release.
/// </summary>
internal static class SuggestCommand
{
    public static Command Create(CliConsole console)
    {
        var file = CommonOptions.OptionalFile();
        var text = new Option<string?>("--text") { Description = "One task text." };
        var texts = new Option<string?>("--texts") { Description = "A file of task texts, one per line; - reads standard input." };
        var evaluate = new Option<DirectoryInfo?>("--evaluate")
        {
            Description = "Instead: evaluate every method on an O*NET release folder (held-out tasks to their DWAs, revisions to their originals, speed).",
        };
        var bucket = new Option<int>("--held-out-bucket")
        {
            Description = "With --evaluate: which tenth of the tasks (by a hash of the key) is held out, 0 to 9 (default 0; 1 was used to tune the settings, and two others, 1 and 2 or 3 and 4, choose the confident scores).",
        };
        var top = CommonOptions.Top("How many suggestions of each sort (default 5)", 5);
        var method = new Option<SuggestionMethod>("--method")
        {
            Description = "How texts are compared: Combined (default: embeddings and character n-grams), Embeddings, CharacterNGrams or Words (TF-IDF). Without the embedding model, Combined and Embeddings fall back to CharacterNGrams.",
            DefaultValueFactory = _ => SuggestionMethod.Combined,
        };
        var cache = new Option<FileInfo?>("--embedding-cache")
        {
            Description = "The file that keeps embeddings between runs (default: rolemodel/embeddings-minilm.bin in the user's local application data).",
        };
        var secondModel = new Option<string?>("--second-model")
        {
            Description = "With --evaluate: also measure a second embedding model, alone and composed with MiniLM (arctic-xs: arctic-embed-xs, "
                + "in builds that reference RoleModel.Discovery.ArcticXs).",
        };
        secondModel.AcceptOnlyFromAmong(EmbeddingModel.ArcticXs.Name);
        var secondCache = new Option<FileInfo?>("--second-embedding-cache")
        {
            Description = "With --second-model: the file that keeps its embeddings (default: rolemodel/embeddings-arctic-xs.bin in the user's local application data).",
        };
        var format = CommonOptions.Format();
        var lang = CommonOptions.Lang();
        var command = new Command("suggest",
            "What is this task? For each text, the activities it probably belongs to, the most similar tasks of the document's roles and the "
            + "competencies it probably uses, each with a score and its evidence. JSON output has one object per input line.\n\n"
            + "Examples:\n  rolemodel suggest --text \"Pilot: AI assistance for case workers\"\n  rolemodel suggest onet.json --texts tasks.txt --format json\n"
            + "  rolemodel suggest --evaluate ../shared/data/onet/29.3/tsv")
        {
            file, text, texts, evaluate, bucket, top, method, cache, secondModel, secondCache, format, lang,
        };
        command.SetAction(parse =>
        {
            var (one, many, folder) = (parse.GetValue(text), parse.GetValue(texts), parse.GetValue(evaluate));
            if ((one is null ? 0 : 1) + (many is null ? 0 : 1) + (folder is null ? 0 : 1) != 1)
            {
                throw new UsageException("Give exactly one of --text, --texts and --evaluate.");
            }

            var count = parse.GetValue(top);
            var (second, secondFile) = (parse.GetValue(secondModel), parse.GetValue(secondCache));
            if ((second is not null && folder is null) || (secondFile is not null && second is null))
            {
                throw new UsageException("--second-model works only with --evaluate, and --second-embedding-cache only with --second-model.");
            }

            if (folder is not null)
            {
                if (!folder.Exists)
                {
                    throw new UsageException($"The O*NET release folder '{folder}' does not exist.");
                }

                if (parse.GetValue(bucket) is < 0 or >= HeldOut.Buckets)
                {
                    throw new UsageException($"--held-out-bucket must lie between 0 and {HeldOut.Buckets - 1}, not {parse.GetValue(bucket)}.");
                }

                using var evaluationGenerator = EmbeddingModel.Open(parse.GetValue(cache))
                    ?? throw new CommandFailedException(Localization.Wording.ForUser(console).Format("Model.EvaluateNeedsModel", Localization.Wording.ForUser(console).Format("Model.NotInstalled", EmbeddingModel.PackageId)));
                using var secondGenerator = second is null ? null : OpenSecond(parse.GetValue(cache), secondFile);
                new SuggestEvaluation(console, evaluationGenerator, parse.GetValue(bucket)).RunAsync(folder.FullName).GetAwaiter().GetResult();
                if (secondGenerator is not null)
                {
                    new SecondModelEvaluation(console, evaluationGenerator, secondGenerator, second!, parse.GetValue(bucket)).RunAsync(folder.FullName).GetAwaiter().GetResult();
                }

                return ExitCodes.Success;
            }

            var inputs = one is not null ? [Check(one, "--text")] : ReadTexts(many!);
            var catalogue = DocumentLoader.ReadValid(parse.GetValue(file), console, parse);
            var labels = Labels.For(catalogue, parse.GetValue(lang), console);
            var corpus = DiscoveryCorpus.FromCatalogue(catalogue);
            var titles = new SuggestionTitles(corpus, labels);
            if (corpus.Tasks.IsEmpty)
            {
                throw new CommandFailedException("The document has no tasks to compare with (tasks are recorded in role histories).");
            }

            var options = new SuggesterOptions { Method = parse.GetValue(method) };
            using var generator = options.Method is SuggestionMethod.Embeddings or SuggestionMethod.Combined ? EmbeddingModel.Open(parse.GetValue(cache)) : null;
            if (generator is null && options.Method is SuggestionMethod.Embeddings or SuggestionMethod.Combined)
            {
                // Without the model, the lexical method that Combined uses alongside the embeddings (and alone for German).
                console.Error.WriteLine(EmbeddingModel.FallbackLine(labels.W));
                options = new SuggesterOptions { Method = SuggestionMethod.CharacterNGrams };
            }

            var suggester = TaskSuggester.CreateAsync(corpus, generator, options).GetAwaiter().GetResult();
            var results = suggester.SuggestAsync(inputs, count).GetAwaiter().GetResult();
            foreach (var result in results)
            {
                if (parse.GetValue(format) == OutputFormat.Json)
                {
                    WriteJson(console.Out, result, titles);
                }
                else
                {
                    WriteText(console.Out, result, titles, labels.W);
                }
            }

            return ExitCodes.Success;
        });
        return command;
    }

    /// <summary>The second model of the evaluation behind its own cache file, which must not be the first model's (a cache of
    /// another model is started afresh).</summary>
    private static RoleModel.Discovery.Embeddings.CachingEmbeddingGenerator OpenSecond(FileInfo? firstCache, FileInfo? secondCache)
    {
        var choice = EmbeddingModel.ArcticXs;
        if (EmbeddingModel.CachePath(secondCache, choice) == EmbeddingModel.CachePath(firstCache, EmbeddingModel.MiniLm))
        {
            throw new UsageException($"--second-embedding-cache '{secondCache}' is the first model's cache; give each model its own file.");
        }

        return EmbeddingModel.Open(secondCache, choice)
            ?? throw new CommandFailedException($"The second model {choice.Name} is not in this build: no tool package carries it. Build the tool with both models "
                + "(dotnet build src/RoleModel.Cli -c Release -p:EvaluationModels=true -o DIR) and run it from DIR.");
    }

    private static string Check(string text, string where) =>
        string.IsNullOrWhiteSpace(text) ? throw new UsageException($"{where}: the text is blank.") : text.Trim();

    /// <summary>The lines of a file or standard input; a blank line (other than a last empty one) is a usage error with its line number.</summary>
    private static List<string> ReadTexts(string source)
    {
        string content;
        if (source == "-")
        {
            content = Console.In.ReadToEnd();
        }
        else if (!File.Exists(source))
        {
            throw new UsageException($"The texts file '{source}' does not exist.");
        }
        else
        {
            if (new FileInfo(source).Length > DocumentLoader.MaximumBytes)
            {
                throw new UsageException($"The texts file '{source}' is larger than {DocumentLoader.MaximumBytes / 1048576} MiB.");
            }

            content = File.ReadAllText(source, new UTF8Encoding(false, true));
        }

        var lines = content.ReplaceLineEndings("\n").Split('\n').ToList();
        if (lines.Count > 0 && lines[^1].Length == 0)
        {
            lines.RemoveAt(lines.Count - 1);
        }

        if (lines.Count == 0)
        {
            throw new UsageException($"{(source == "-" ? "standard input" : source)}: there is no text.");
        }

        return [.. lines.Select((l, i) => Check(l, $"{(source == "-" ? "standard input" : source)}({i + 1})"))];
    }

    private static void WriteText(TextWriter output, TaskSuggestions result, SuggestionTitles titles, Localization.Wording w)
    {
        var verdict = Confidence.Of(result);
        output.WriteLine($"\"{result.Text}\": {Verdict(verdict, w)}");
        WriteSection(output, w["Suggest.Activities"], result.Activities, s => s.Id, titles, w, ConfidentScores.Activity(result.ComparedBy));
        WriteSection(output, w["Suggest.Tasks"], result.Tasks, s => s.RoleId + "/" + s.Id, titles, w, ConfidentScores.Task(result.ComparedBy));
        WriteSection(output, w["Suggest.Competencies"], result.Competencies, s => s.Id, titles, w, threshold: null);
        output.WriteLine();
    }

    /// <summary>"confident match (first activity 0.712, confident from 0.55)", or "no confident match (…); the suggestions are weak".</summary>
    private static string Verdict(Confidence verdict, Localization.Wording w)
    {
        var (score, threshold) = ((verdict.First?.Score ?? 0).ToString("0.000", w.Culture), verdict.Threshold.ToString("0.00", w.Culture));
        var what = w[verdict.IsActivity ? "Suggest.FirstActivity" : "Suggest.FirstTask"];
        return w.Format(verdict.Confident ? "Suggest.Confident" : "Suggest.NotConfident", what, score, threshold);
    }

    private static void WriteSection(TextWriter output, string heading, IReadOnlyList<Suggestion> suggestions, Func<Suggestion, string> id, SuggestionTitles titles,
        Localization.Wording w, double? threshold)
    {
        output.WriteLine($"  {heading}:{(suggestions.Count == 0 ? " " + w["List.None"] : "")}");
        for (var i = 0; i < suggestions.Count; i++)
        {
            var s = suggestions[i];
            var weak = s.Score < threshold ? "  " + w["Suggest.Weak"] : "";
            output.WriteLine($"    {i + 1}. {s.Score.ToString("0.000", w.Culture)}  {id(s)}  {titles.Of(s)}{weak}");
            if (s.RoleId is null)
            {
                output.WriteLine($"       {s.Evidence}");
            }
        }
    }

    private static void WriteJson(TextWriter output, TaskSuggestions result, SuggestionTitles titles)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream))
        {
            writer.WriteStartObject();
            writer.WriteString("text", result.Text);
            var verdict = Confidence.Of(result);
            writer.WriteBoolean("confident", verdict.Confident);
            writer.WriteString("comparedBy", result.ComparedBy.ToString());
            WriteArray(writer, "activities", result.Activities, titles, ConfidentScores.Activity(result.ComparedBy));
            WriteArray(writer, "tasks", result.Tasks, titles, ConfidentScores.Task(result.ComparedBy));
            WriteArray(writer, "competencies", result.Competencies, titles, threshold: null);
            writer.WriteEndObject();
        }

        output.WriteLine(Encoding.UTF8.GetString(stream.ToArray()));
    }

    private static void WriteArray(Utf8JsonWriter writer, string name, IReadOnlyList<Suggestion> suggestions, SuggestionTitles titles, double? threshold)
    {
        writer.WriteStartArray(name);
        foreach (var s in suggestions)
        {
            writer.WriteStartObject();
            if (s.RoleId is not null)
            {
                writer.WriteString("role", s.RoleId);
            }

            writer.WriteString("id", s.Id);
            writer.WriteString("title", titles.Of(s));
            writer.WriteNumber("score", Math.Round(s.Score, 4));
            if (threshold is { } confidentFrom)
            {
                writer.WriteBoolean("weak", s.Score < confidentFrom);
            }
            if (s.RoleId is null)
            {
                writer.WriteString("evidence", s.Evidence);
            }

            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }
}
