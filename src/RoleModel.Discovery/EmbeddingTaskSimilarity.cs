using Microsoft.Extensions.AI;
using RoleModel.Discovery.Text;
using RoleModel.Evolution;

namespace RoleModel.Discovery;

/// <summary>
/// An <see cref="ITaskSimilarity"/> by meaning: the cosine of the embeddings of two task titles (the English title where
/// there is one, else the first), below 0 counted as 0. For <see cref="TaskPatterns"/> and <see cref="TemplateEvolution"/>
/// with <see cref="PatternOptions"/>; all texts are embedded in one call.
/// </summary>
/// <remarks>
/// <para>The pairs above a threshold are found through an approximate nearest-neighbour index (an inverted file): the
/// vectors are partitioned by k-means (about √n centroids, started from evenly spaced texts, so the result is
/// deterministic), each text is filed under its three nearest centroids, and only texts filed together are scored. A pair
/// whose texts share none of their three nearest centroids is missed; on O*NET this loses few pairs above the thresholds
/// that matter (docs/discovery.md).</para>
/// <para>The average over two groups is the average of the cosines (from the sums of the vectors, without the floor at 0).</para>
/// </remarks>
public sealed class EmbeddingTaskSimilarity : ITaskSimilarity
{
    private readonly IEmbeddingGenerator<string, Embedding<float>> generator;

    /// <summary>Creates the similarity.</summary>
    /// <param name="generator">The embedding model; wrap it in a <see cref="Embeddings.CachingEmbeddingGenerator"/> to embed texts only once.</param>
    /// <exception cref="ArgumentNullException"><paramref name="generator"/> is null.</exception>
    public EmbeddingTaskSimilarity(IEmbeddingGenerator<string, Embedding<float>> generator)
    {
        ArgumentNullException.ThrowIfNull(generator);
        this.generator = generator;
    }

    /// <inheritdoc />
    public Func<int, int, double> Prepare(IReadOnlyList<LocalizedText> texts) => Index(texts).Score;

    /// <inheritdoc />
    /// <exception cref="InvalidOperationException">The generator returned vectors of different lengths or not one per text.</exception>
    public TaskTextIndex Index(IReadOnlyList<LocalizedText> texts)
    {
        ArgumentNullException.ThrowIfNull(texts);
        if (texts.Any(t => t is null))
        {
            throw new ArgumentNullException(nameof(texts), "The texts hold null.");
        }

        var vectors = texts.Count == 0
            ? []
            : TextScorer.EmbedAsync(generator, [.. texts.Select(TextScorer.EmbeddingText)], CancellationToken.None).GetAwaiter().GetResult();
        return new DenseTextIndex(vectors);
    }
}
