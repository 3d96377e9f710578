using System.Text;

namespace RoleModel.Discovery.Training.Output;

/// <summary>A trained weight as the product replaces it: its ONNX initializer name, dimensions (ONNX layout) and values.</summary>
internal sealed record LayerTensor(string Name, long[] Dimensions, float[] Values);

/// <summary>
/// Writes the product's tuned-layers resource, <c>RMLAYER1</c>, as RoleModel.Discovery.MiniLM's <c>TunedLayers</c> reads it:
/// 8 ASCII bytes <c>RMLAYER1</c>, the tensor count (int32), then per tensor its name (<see cref="BinaryWriter.Write(string)"/>:
/// UTF-8, length-prefixed), rank (int32), dimensions (int64 each) and values as IEEE half, all little-endian, nothing after
/// the last tensor. Tensors are written in ordinal order of their names, so the same weights give the same bytes.
/// </summary>
internal static class LayerFile
{
    /// <summary>Writes the file through a temporary file beside it, so that a failed run leaves no half-written file.</summary>
    /// <returns>The number of bytes written.</returns>
    public static long Write(string path, IEnumerable<LayerTensor> tensors)
    {
        var ordered = tensors.OrderBy(t => t.Name, StringComparer.Ordinal).ToList();
        return WrittenThrough.Temporary(path, temporary => WriteTo(temporary, ordered));
    }

    private static long WriteTo(string path, List<LayerTensor> ordered)
    {
        using var writer = new BinaryWriter(File.Create(path), Encoding.UTF8);
        writer.Write("RMLAYER1"u8);
        writer.Write(ordered.Count);
        foreach (var tensor in ordered)
        {
            writer.Write(tensor.Name);
            writer.Write(tensor.Dimensions.Length);
            foreach (var dimension in tensor.Dimensions)
            {
                writer.Write(dimension);
            }

            foreach (var value in tensor.Values)
            {
                writer.Write((Half)value);
            }
        }

        writer.Flush();
        return writer.BaseStream.Length;
    }
}
