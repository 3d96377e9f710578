using System.Globalization;
using Microsoft.Extensions.AI;

namespace RoleModel.Discovery.Embeddings;

/// <summary>
/// Two embedding models as one: each text's vector is the first model's vector, normalized and scaled by
/// √w, followed by the second model's, normalized and scaled by √(1 − w). The cosine of two such vectors is
/// w × the first model's cosine + (1 − w) × the second's, so a <see cref="TaskSuggester"/> (or anything else that
/// compares vectors by cosine) uses the weighted mean of both models' similarities without knowing there are two.
/// </summary>
/// <remarks>
/// <para>Each text is embedded by the first model, then by the second (the same texts in the same order), so the
/// result is as deterministic as the two models. A zero vector from a model stays zero (it adds nothing to either
/// cosine). Wrap each model in its own <see cref="CachingEmbeddingGenerator"/> to reuse its cache file, or the
/// composition in one under <see cref="ModelId"/>, which names both models and the weight.</para>
/// </remarks>
public sealed class ConcatenatedEmbeddingGenerator : IEmbeddingGenerator<string, Embedding<float>>
{
    private readonly IEmbeddingGenerator<string, Embedding<float>> first;
    private readonly IEmbeddingGenerator<string, Embedding<float>> second;
    private readonly float firstScale;
    private readonly float secondScale;
    private readonly int firstDimensions;
    private readonly EmbeddingGeneratorMetadata metadata;

    /// <summary>Composes two models.</summary>
    /// <param name="first">The first model; disposed with this generator.</param>
    /// <param name="second">The second model; disposed with this generator.</param>
    /// <param name="firstWeight">w: the weight of the first model's cosine, from 0 to 1 (the second gets 1 − w).</param>
    /// <exception cref="ArgumentNullException"><paramref name="first"/> or <paramref name="second"/> is null.</exception>
    /// <exception cref="ArgumentException">A model names no model identifier or no dimension count in its
    /// <see cref="EmbeddingGeneratorMetadata"/> (needed to name the composition), or both are the same instance.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="firstWeight"/> is not between 0 and 1.</exception>
    public ConcatenatedEmbeddingGenerator(
        IEmbeddingGenerator<string, Embedding<float>> first, IEmbeddingGenerator<string, Embedding<float>> second, double firstWeight)
    {
        ArgumentNullException.ThrowIfNull(first);
        ArgumentNullException.ThrowIfNull(second);
        if (firstWeight is < 0 or > 1 || double.IsNaN(firstWeight))
        {
            throw new ArgumentOutOfRangeException(nameof(firstWeight), firstWeight, "The weight of the first model must lie between 0 and 1.");
        }

        if (ReferenceEquals(first, second))
        {
            throw new ArgumentException("The two models are the same instance; compose two different models.", nameof(second));
        }

        var (firstId, firstDimensions) = Describe(first, nameof(first));
        var (secondId, secondDimensions) = Describe(second, nameof(second));
        (this.first, this.second, FirstWeight) = (first, second, firstWeight);
        (firstScale, secondScale) = ((float)Math.Sqrt(firstWeight), (float)Math.Sqrt(1 - firstWeight));
        ModelId = string.Create(CultureInfo.InvariantCulture, $"concatenated({firstWeight:R}: {firstId}; {1 - firstWeight:R}: {secondId})");
        this.firstDimensions = firstDimensions;
        Dimensions = firstDimensions + secondDimensions;
        metadata = new EmbeddingGeneratorMetadata(nameof(ConcatenatedEmbeddingGenerator), null, ModelId, Dimensions);
    }

    /// <summary>w: the weight of the first model's cosine (the second model's is 1 − w).</summary>
    public double FirstWeight { get; }

    /// <summary>The identifier of the composition, for a cache: both models' identifiers and their weights, such as
    /// <c>concatenated(0.6: model-a; 0.4: model-b)</c>.</summary>
    public string ModelId { get; }

    /// <summary>The number of dimensions of a vector: the sum of both models'.</summary>
    public int Dimensions { get; }

    /// <inheritdoc />
    /// <exception cref="ArgumentNullException"><paramref name="values"/> is null or holds null.</exception>
    /// <exception cref="InvalidOperationException">A model returned not one vector per text, or a vector of another
    /// dimension count than its metadata names.</exception>
    public async Task<GeneratedEmbeddings<Embedding<float>>> GenerateAsync(
        IEnumerable<string> values, EmbeddingGenerationOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(values);
        var texts = values.ToArray();
        if (Array.Exists(texts, t => t is null))
        {
            throw new ArgumentNullException(nameof(values), "The texts hold null.");
        }

        var a = await first.GenerateAsync(texts, options, cancellationToken).ConfigureAwait(false);
        var b = await second.GenerateAsync(texts, options, cancellationToken).ConfigureAwait(false);
        var result = new GeneratedEmbeddings<Embedding<float>>(texts.Length);
        for (var i = 0; i < texts.Length; i++)
        {
            var vector = new float[Dimensions];
            Place(Vector(a, i, firstDimensions, "first"), firstScale, vector.AsSpan(0, firstDimensions));
            Place(Vector(b, i, Dimensions - firstDimensions, "second"), secondScale, vector.AsSpan(firstDimensions));
            result.Add(new Embedding<float>(vector) { ModelId = ModelId });
        }

        return result;

        ReadOnlySpan<float> Vector(GeneratedEmbeddings<Embedding<float>> embeddings, int index, int dimensions, string which)
        {
            if (embeddings.Count != texts.Length)
            {
                throw new InvalidOperationException($"The {which} model returned {embeddings.Count} vectors for {texts.Length} texts.");
            }

            var span = embeddings[index].Vector.Span;
            return span.Length == dimensions ? span
                : throw new InvalidOperationException($"The {which} model returned a vector of {span.Length} dimensions where its metadata names {dimensions}.");
        }
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
    public void Dispose()
    {
        first.Dispose();
        second.Dispose();
    }

    /// <summary>The vector divided by its length and multiplied by <paramref name="scale"/>, into <paramref name="target"/>; a zero vector stays zero.</summary>
    private static void Place(ReadOnlySpan<float> vector, float scale, Span<float> target)
    {
        double sum = 0;
        foreach (var value in vector)
        {
            sum += (double)value * value;
        }

        if (sum == 0)
        {
            return;
        }

        var factor = scale / Math.Sqrt(sum);
        for (var i = 0; i < vector.Length; i++)
        {
            target[i] = (float)(vector[i] * factor);
        }
    }

    private static (string Id, int Dimensions) Describe(IEmbeddingGenerator<string, Embedding<float>> model, string name) =>
        model.GetService(typeof(EmbeddingGeneratorMetadata)) is EmbeddingGeneratorMetadata { DefaultModelId: { Length: > 0 } id, DefaultModelDimensions: int dimensions and > 0 }
            ? (id, dimensions)
            : throw new ArgumentException("The model names no model identifier and dimension count (EmbeddingGeneratorMetadata); both are needed to name the composition.", name);
}
