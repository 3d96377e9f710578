using Microsoft.Extensions.AI;

namespace RoleModel.Discovery.Embeddings;

/// <summary>
/// What every in-process model generator does with its texts: checks them, encodes them in fixed batches in the order
/// given (so the same texts give the same vectors), and labels each vector with the model's id.
/// </summary>
/// <remarks>Compiled into each model package (RoleModel.Discovery.MiniLM, and RoleModel.Discovery.ArcticXs as a linked file).</remarks>
internal static class BatchedEncoding
{
    /// <summary>Encodes the texts in batches of <paramref name="batchSize"/> with <paramref name="encode"/>.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="values"/> is null or holds null.</exception>
    public static Task<GeneratedEmbeddings<Embedding<float>>> Generate(
        IEnumerable<string> values, int batchSize, string modelId, Func<string[], CancellationToken, float[][]> encode, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(values);
        var texts = values.ToArray();
        if (Array.Exists(texts, t => t is null))
        {
            throw new ArgumentNullException(nameof(values), "The texts hold null.");
        }

        var result = new GeneratedEmbeddings<Embedding<float>>(texts.Length);
        for (var start = 0; start < texts.Length; start += batchSize)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var vectors = encode(texts[start..Math.Min(texts.Length, start + batchSize)], cancellationToken);
            result.AddRange(vectors.Select(v => new Embedding<float>(v) { ModelId = modelId }));
        }

        return Task.FromResult(result);
    }
}
