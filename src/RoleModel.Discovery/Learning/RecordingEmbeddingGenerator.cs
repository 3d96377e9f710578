using Microsoft.Extensions.AI;

namespace RoleModel.Discovery.Learning;

/// <summary>Passes every call to another generator and keeps what it returned, so that the index's vectors can train the classifier without embedding twice.</summary>
internal sealed class RecordingEmbeddingGenerator(IEmbeddingGenerator<string, Embedding<float>> inner) : IEmbeddingGenerator<string, Embedding<float>>
{
    /// <summary>The vectors of each call, in call order.</summary>
    public List<IReadOnlyList<ReadOnlyMemory<float>>> Calls { get; } = [];

    public async Task<GeneratedEmbeddings<Embedding<float>>> GenerateAsync(
        IEnumerable<string> values, EmbeddingGenerationOptions? options = null, CancellationToken cancellationToken = default)
    {
        var result = await inner.GenerateAsync(values, options, cancellationToken).ConfigureAwait(false);
        Calls.Add([.. result.Select(e => e.Vector)]);
        return result;
    }

    public object? GetService(Type serviceType, object? serviceKey = null) => inner.GetService(serviceType, serviceKey);

    /// <summary>Does not dispose the inner generator, which belongs to the caller.</summary>
    public void Dispose()
    {
    }
}
