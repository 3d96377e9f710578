using RoleModel.Discovery.Training.Model;
using static TorchSharp.torch;

namespace RoleModel.Discovery.Training.Training;

/// <summary>
/// The hidden states after the frozen lower layers, computed once per distinct text: they do not change while the
/// layers above are trained, so every step starts from them instead of from the tokens.
/// </summary>
internal static class FrozenLayerStates
{
    private const int ChunkSize = 128;

    /// <summary>
    /// The output of the embeddings and layers below <paramref name="firstTrained"/> for each text, as [tokens × 384]
    /// floats. Texts of the same token count are run together, so no batch is padded and each state is what the text
    /// alone would give at its real tokens.
    /// </summary>
    public static Dictionary<string, float[]> Compute(MiniLmNetwork network, IReadOnlyList<string> texts, int firstTrained)
    {
        var states = new Dictionary<string, float[]>(StringComparer.Ordinal);
        using var noGrad = no_grad();
        foreach (var group in texts.GroupBy(MiniLmTokens.Count))
        {
            foreach (var chunk in group.Chunk(ChunkSize))
            {
                using var scope = NewDisposeScope();
                var (ids, mask, types) = MiniLmTokens.Batch(chunk);
                var hidden = network.Layers(network.Embed(ids, types), mask, 0, firstTrained).contiguous().data<float>().ToArray();
                var perText = hidden.Length / chunk.Length;
                for (var j = 0; j < chunk.Length; j++)
                {
                    states[chunk[j]] = hidden.AsSpan(j * perText, perText).ToArray();
                }
            }
        }

        return states;
    }
}
