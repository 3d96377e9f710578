using System.Globalization;
using RoleModel.Cli.Discovery;
using RoleModel.Discovery;
using RoleModel.Discovery.Embeddings;

namespace RoleModel.Benchmarks.Discovery;

/// <summary>
/// <c>query-check ONET_DIR CACHE OUT</c>: writes every suggestion (identifier, role, score in round-trip form, counts and
/// evidence) for a fixed set of queries against all O*NET tasks to OUT, so that two builds can be compared with
/// <c>diff</c>: every 19th task as in the evaluation (its own role left out, its embedding from the cache), 20 new texts
/// embedded by the model (task statements with their words reversed) and two German texts (character n-grams only).
/// </summary>
internal static class QueryCheck
{
    public static async Task RunAsync(string directory, string cache, string output)
    {
        var onet = OnetCorpus.Load(directory, new RoleModel.Cli.CliConsole(Console.Out, Console.Error, false, true));
        var copy = Path.Combine(Path.GetTempPath(), "rolemodel-query-check-" + Guid.NewGuid().ToString("N") + ".bin");
        File.Copy(cache, copy);
        try
        {
            using var cached = new CachingEmbeddingGenerator(new MiniLmEmbeddingGenerator(), copy, MiniLmEmbeddingGenerator.ModelId, MiniLmEmbeddingGenerator.Dimensions);
            var suggester = await TaskSuggester.CreateAsync(onet.Corpus(onet.Tasks), cached).ConfigureAwait(false);
            using var writer = new StreamWriter(output);
            var held = onet.Tasks.Where((_, i) => i % 19 == 0).ToList();
            foreach (var task in held)
            {
                Write(writer, await suggester.SuggestForTaskAsync(task.RoleId, task.TaskId).ConfigureAwait(false));
            }

            var texts = onet.Tasks.Where((_, i) => i % 937 == 0).Select(t => string.Join(' ', t.Text.Split(' ').Reverse())).Take(20)
                .Append("Anträge auf Wohngeld prüfen und Bescheide erstellen").Append("Die Sachbearbeitung mit KI-Assistenz für Bürgeranfragen erproben").ToList();
            foreach (var result in await suggester.SuggestAsync(texts).ConfigureAwait(false))
            {
                Write(writer, result);
            }

            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{held.Count + texts.Count} queries written to {output}"));
        }
        finally
        {
            File.Delete(copy);
        }
    }

    private static void Write(StreamWriter writer, TaskSuggestions result)
    {
        writer.WriteLine($"# {result.Text} | {result.ComparedBy}");
        foreach (var (kind, list) in new[] { ("activity", result.Activities), ("task", result.Tasks), ("competency", result.Competencies) })
        {
            foreach (var s in list)
            {
                writer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{kind} {s.Id} {s.RoleId} {s.Score:R} {s.TaskCount} {s.RoleCount} {s.Evidence}"));
            }
        }
    }
}
