using Microsoft.Extensions.AI;

namespace RoleModel.Discovery.Tests;

/// <summary>A tiny deterministic embedding model for tests: counts of the letters a to z. Counts its calls and texts.</summary>
internal sealed class LetterGenerator : IEmbeddingGenerator<string, Embedding<float>>
{
    public int Calls { get; private set; }

    public int Texts { get; private set; }

    public Task<GeneratedEmbeddings<Embedding<float>>> GenerateAsync(
        IEnumerable<string> values, EmbeddingGenerationOptions? options = null, CancellationToken cancellationToken = default)
    {
        Calls++;
        var result = new GeneratedEmbeddings<Embedding<float>>();
        foreach (var value in values)
        {
            Texts++;
            var vector = new float[26];
            foreach (var c in value.ToLowerInvariant())
            {
                if (c is >= 'a' and <= 'z')
                {
                    vector[c - 'a']++;
                }
            }

            result.Add(new Embedding<float>(vector));
        }

        return Task.FromResult(result);
    }

    public object? GetService(Type serviceType, object? serviceKey = null) => null;

    public void Dispose()
    {
    }
}
