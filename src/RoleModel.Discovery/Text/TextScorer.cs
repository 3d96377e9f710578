using System.Globalization;
using System.Collections.Immutable;
using Microsoft.Extensions.AI;

namespace RoleModel.Discovery.Text;

/// <summary>
/// The similarity of query texts to a fixed list of texts by one <see cref="SuggestionMethod"/>: the lexical
/// models see every language of a title, the embedding model the English title where there is one.
/// </summary>
internal sealed class TextScorer
{
    private readonly SuggestionMethod method;
    private readonly double embeddingWeight;
    private readonly SparseModel? model;
    private readonly SparseIndex? lexical;
    private readonly DenseIndex? dense;

    private TextScorer(SuggestionMethod method, double embeddingWeight, SparseModel? model, SparseIndex? lexical, DenseIndex? dense)
    {
        (this.method, this.embeddingWeight, this.model, this.lexical, this.dense) = (method, embeddingWeight, model, lexical, dense);
    }

    public static bool NeedsEmbeddings(SuggestionMethod method) => method is SuggestionMethod.Embeddings or SuggestionMethod.Combined;

    /// <summary>The lexical model of a method (null for embeddings alone), fitted on the given texts.</summary>
    public static SparseModel? FitLexical(SuggestionMethod method, IReadOnlyList<string> texts) => method switch
    {
        SuggestionMethod.Words => new SparseModel(texts, Tokens.Words),
        SuggestionMethod.CharacterNGrams or SuggestionMethod.Combined => new SparseModel(texts, Tokens.CharacterNGrams),
        _ => null,
    };

    /// <summary>Indexes titles with a lexical model fitted elsewhere (so that task and activity scores share one vocabulary) and embeddings.</summary>
    public static async Task<TextScorer> CreateAsync(
        SuggestionMethod method, double embeddingWeight, SparseModel? model, IReadOnlyList<LocalizedText> titles,
        IEmbeddingGenerator<string, Embedding<float>>? generator, CancellationToken cancellationToken)
    {
        var lexical = model is null ? null : new SparseIndex(model, [.. titles.Select(LexicalText)]);
        DenseIndex? dense = null;
        if (NeedsEmbeddings(method))
        {
            var vectors = await EmbedAsync(generator!, [.. titles.Select(EmbeddingText)], cancellationToken).ConfigureAwait(false);
            dense = new DenseIndex(vectors, vectors.Count == 0 ? 0 : vectors[0].Length);
        }

        return new TextScorer(method, embeddingWeight, model, lexical, dense);
    }

    /// <summary>Every language of a title, joined: what the lexical models index.</summary>
    public static string LexicalText(LocalizedText title) => string.Join(" ", title.Entries.Select(e => e.Value));

    /// <summary>The English title where there is one (the default model is English), else the first.</summary>
    public static string EmbeddingText(LocalizedText title) =>
        title.Entries.FirstOrDefault(e => e.Key == "en" || e.Key.StartsWith("en-", StringComparison.Ordinal)) is { Value: { } english } ? english : title.Entries[0].Value;

    public static async Task<IReadOnlyList<ReadOnlyMemory<float>>> EmbedAsync(
        IEmbeddingGenerator<string, Embedding<float>> generator, IReadOnlyList<string> texts, CancellationToken cancellationToken)
    {
        if (texts.Count == 0)
        {
            return [];
        }

        var embeddings = await generator.GenerateAsync(texts, cancellationToken: cancellationToken).ConfigureAwait(false);
        if (embeddings.Count != texts.Count)
        {
            throw new InvalidOperationException(string.Create(CultureInfo.InvariantCulture,
                $"The embedding generator returned {embeddings.Count} vectors for {texts.Count} texts."));
        }

        return [.. embeddings.Select(e => e.Vector)];
    }

    public int Count => lexical?.Count ?? dense!.Count;

    /// <summary>The similarity of one query to every indexed text.</summary>
    public float[] Score(string query, ReadOnlyMemory<float> queryVector)
    {
        var scores = new float[Count];
        if (scores.Length == 0)
        {
            return scores;
        }

        var weight = EmbeddingShare(LanguageGuess.IsGerman(query));
        if (weight > 0)
        {
            dense!.AddScores(DenseIndex.Normalized(queryVector.Span, dense.Dimensions), (float)weight, scores);
        }

        if (weight < 1)
        {
            lexical!.AddScores(query, (float)(1 - weight), scores);
        }

        return scores;
    }

    /// <summary>The similarity of every pair of texts, with the same weights as <see cref="Score"/>.</summary>
    public ImmutableArray<ImmutableArray<double>> Pairwise(
        IReadOnlyList<string> texts, IReadOnlyList<ReadOnlyMemory<float>> vectors)
    {
        var sparse = texts.Select(t => model?.Transform(t) ?? []).ToArray();
        var dense = vectors.Select(v => v.IsEmpty ? [] : DenseIndex.Normalized(v.Span, v.Length)).ToArray();
        var german = texts.Select(LanguageGuess.IsGerman).ToArray();
        return [.. texts.Select((_, i) => texts.Select((_, j) =>
        {
            var weight = EmbeddingShare(german[i] || german[j]);
            return (weight > 0 ? weight * DenseIndex.Dot(dense[i], dense[j]) : 0) + (weight < 1 ? (1 - weight) * SparseModel.Dot(sparse[i], sparse[j]) : 0);
        }).ToImmutableArray())];
    }

    /// <summary>The method a query is compared by: character n-grams for a German-looking text in the combination, else the scorer's.</summary>
    public SuggestionMethod ComparedBy(string query) =>
        method == SuggestionMethod.Combined && LanguageGuess.IsGerman(query) ? SuggestionMethod.CharacterNGrams : method;

    /// <summary>The weight of the embedding cosine: all of it for embeddings alone, none for lexical methods or German text in the combination.</summary>
    private double EmbeddingShare(bool german) => method switch
    {
        SuggestionMethod.Embeddings => 1.0,
        SuggestionMethod.Combined => german ? 0.0 : embeddingWeight,
        _ => 0.0,
    };
}
