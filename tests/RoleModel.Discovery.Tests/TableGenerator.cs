using Microsoft.Extensions.AI;

namespace RoleModel.Discovery.Tests;

/// <summary>A test model that returns fixed vectors for known texts and names itself in its metadata; counts disposals.</summary>
internal sealed class TableGenerator(string modelId, int dimensions, IReadOnlyDictionary<string, float[]> vectors) : IEmbeddingGenerator<string, Embedding<float>>
{
    private readonly EmbeddingGeneratorMetadata metadata = new("test", null, modelId, dimensions);

    public int Disposals { get; private set; }

    /// <summary>Leaves out the last vector of each call, to test how a caller handles a model that does.</summary>
    public bool DropLast { get; init; }

    public Task<GeneratedEmbeddings<Embedding<float>>> GenerateAsync(
        IEnumerable<string> values, EmbeddingGenerationOptions? options = null, CancellationToken cancellationToken = default)
    {
        var result = new GeneratedEmbeddings<Embedding<float>>(values.Select(v => new Embedding<float>(vectors[v])));
        if (DropLast)
        {
            result.RemoveAt(result.Count - 1);
        }

        return Task.FromResult(result);
    }

    public object? GetService(Type serviceType, object? serviceKey = null) =>
        serviceKey is null && serviceType == typeof(EmbeddingGeneratorMetadata) ? metadata : null;

    public void Dispose() => Disposals++;
}
