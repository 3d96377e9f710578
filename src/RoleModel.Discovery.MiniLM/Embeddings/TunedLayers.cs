using System.Text;
using Microsoft.ML.OnnxRuntime;

namespace RoleModel.Discovery.Embeddings;

/// <summary>
/// The weights of <see cref="MiniLmWeights.TaskTuned"/>: the tensors of the model's six transformer layers that training changed,
/// carried in this assembly as the resource <see cref="ResourceName"/> and put in place of the model's own with
/// <see cref="SessionOptions.AddInitializer"/>, so the graph and the published model file stay as they are.
/// </summary>
/// <remarks>
/// The resource is <c>RMLAYER1</c> (8 ASCII bytes), the number of tensors (int32), then per tensor its ONNX initializer
/// name (a length-prefixed UTF-8 string), its rank (int32), its dimensions (int64 each) and its values as IEEE half
/// precision numbers, all little-endian, and nothing after the last.
/// </remarks>
internal sealed class TunedLayers : IDisposable
{
    /// <summary>The name of the resource in this assembly.</summary>
    public const string ResourceName = "RoleModel.Discovery.Embeddings.minilm-task-tuned.bin";

    /// <summary>The largest dimension of a weight of the model (its feed-forward layers are 1,536 wide).</summary>
    private const long MaxDimension = 4096;

    private static ReadOnlySpan<byte> Magic => "RMLAYER1"u8;

    private readonly List<OrtValue> values = [];

    private TunedLayers()
    {
    }

    /// <summary>The names of the tensors replaced, in the order of the resource.</summary>
    public IReadOnlyList<string> Names { get; private set; } = [];

    /// <summary>Reads the resource and adds every tensor to <paramref name="options"/>; the values must outlive the session.</summary>
    /// <exception cref="InvalidDataException">The resource is missing or not in the format above (a broken build, not bad input).</exception>
    public static TunedLayers AddTo(SessionOptions options)
    {
        using var stream = typeof(TunedLayers).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidDataException($"The resource '{ResourceName}' is missing from {typeof(TunedLayers).Assembly.GetName().Name}.");
        return AddTo(options, stream);
    }

    /// <summary>Reads the tensors from <paramref name="stream"/> (in the resource's format) and adds every one to <paramref name="options"/>.</summary>
    /// <exception cref="InvalidDataException">The stream is not in the format above.</exception>
    internal static TunedLayers AddTo(SessionOptions options, Stream stream)
    {
        var layers = new TunedLayers();
        try
        {
            layers.Names = layers.Read(stream, options);
            return layers;
        }
        catch
        {
            layers.Dispose();
            throw;
        }
    }

    private List<string> Read(Stream stream, SessionOptions options)
    {
        using var reader = new BinaryReader(stream, Encoding.UTF8, leaveOpen: true);
        try
        {
            if (!reader.ReadBytes(Magic.Length).AsSpan().SequenceEqual(Magic))
            {
                throw Broken("it does not start with RMLAYER1");
            }

            var count = reader.ReadInt32();
            if (count < 0)
            {
                throw Broken($"its tensor count is {count}");
            }

            var names = new List<string>();
            for (var i = 0; i < count; i++)
            {
                var name = reader.ReadString();
                var rank = reader.ReadInt32();
                if (rank is < 1 or > 2)
                {
                    throw Broken($"tensor '{name}' has rank {rank}, where the model's weights have 1 or 2");
                }

                var dimensions = new long[rank];
                for (var d = 0; d < dimensions.Length; d++)
                {
                    dimensions[d] = reader.ReadInt64();
                    if (dimensions[d] is < 1 or > MaxDimension)
                    {
                        throw Broken($"tensor '{name}' has a dimension of {dimensions[d]}");
                    }
                }

                var data = new float[dimensions.Aggregate(1L, (a, b) => a * b)];
                for (var j = 0; j < data.Length; j++)
                {
                    data[j] = (float)reader.ReadHalf();
                }

                var value = OrtValue.CreateTensorValueFromMemory(data, dimensions);
                values.Add(value);
                options.AddInitializer(name, value);
                names.Add(name);
            }

            return stream.ReadByte() == -1 ? names : throw Broken("bytes follow the last tensor");
        }
        catch (EndOfStreamException)
        {
            throw Broken("it ends early");
        }
    }

    private static InvalidDataException Broken(string why) => new($"The resource '{ResourceName}' is broken: {why}.");

    public void Dispose()
    {
        foreach (var value in values)
        {
            value.Dispose();
        }
    }
}
