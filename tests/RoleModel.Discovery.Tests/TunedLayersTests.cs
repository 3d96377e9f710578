using System.Text;
using Microsoft.ML.OnnxRuntime;
using RoleModel.Discovery.Embeddings;

namespace RoleModel.Discovery.Tests;

/// <summary>The reader of the task-tuned tensors: the shipped resource, and every way the format can be broken.</summary>
public sealed class TunedLayersTests
{
    [Fact]
    public void AddTo_TheResource_AddsTheTensorsOfAllSixLayers()
    {
        using var options = new SessionOptions();

        using var layers = TunedLayers.AddTo(options);

        // Per layer: query, key, value and output weights and biases, two layer norms (weight and bias), two feed-forward weights and biases.
        layers.Names.Should().HaveCount(6 * 16).And.OnlyHaveUniqueItems();
    }

    [Fact]
    public void AddTo_AWellFormedStream_ReadsEveryTensor()
    {
        using var options = new SessionOptions();
        var bytes = Format(2, writer =>
        {
            Tensor(writer, "a.bias", [3], 1, 2, 3);
            Tensor(writer, "b.weight", [2, 2], 0.5f, -0.5f, 0.25f, 1);
        });

        using var layers = TunedLayers.AddTo(options, new MemoryStream(bytes));

        layers.Names.Should().Equal("a.bias", "b.weight");
    }

    public static TheoryData<string, byte[]> Broken() => new()
    {
        { "it does not start with RMLAYER1", [.. "RMLAYER2"u8, 0, 0, 0, 0] },
        { "its tensor count is -1", Format(-1, _ => { }) },
        { "it ends early", Format(int.MaxValue, _ => { }) },
        { "it ends early", Format(2, writer => Tensor(writer, "a.bias", [3], 1, 2, 3)) },
        { "it ends early", Format(1, writer => { writer.Write("a.bias"); writer.Write(1); writer.Write(3L); writer.Write((Half)1); }) },
        { "bytes follow the last tensor", [.. Format(1, writer => Tensor(writer, "a.bias", [1], 1)), 0] },
        { "tensor 'a' has rank 3", Format(1, writer => { writer.Write("a"); writer.Write(3); }) },
        { "tensor 'a' has rank 0", Format(1, writer => { writer.Write("a"); writer.Write(0); }) },
        { "tensor 'a' has a dimension of 0", Format(1, writer => { writer.Write("a"); writer.Write(1); writer.Write(0L); }) },
        { "tensor 'a' has a dimension of 1000000", Format(1, writer => { writer.Write("a"); writer.Write(2); writer.Write(1_000_000L); writer.Write(1_000_000L); }) },
        { "it ends early", [.. "RMLAYER1"u8] },
    };

    [Theory]
    [MemberData(nameof(Broken))]
    public void AddTo_ABrokenStream_SaysWhatIsWrong(string why, byte[] bytes)
    {
        using var options = new SessionOptions();

        var act = () => TunedLayers.AddTo(options, new MemoryStream(bytes));

        act.Should().Throw<InvalidDataException>().WithMessage($"The resource '{TunedLayers.ResourceName}' is broken: {why}*");
    }

    private static byte[] Format(int count, Action<BinaryWriter> tensors)
    {
        using var stream = new MemoryStream();
        using (var writer = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true))
        {
            writer.Write("RMLAYER1"u8);
            writer.Write(count);
            tensors(writer);
        }

        return stream.ToArray();
    }

    private static void Tensor(BinaryWriter writer, string name, long[] dimensions, params float[] values)
    {
        writer.Write(name);
        writer.Write(dimensions.Length);
        foreach (var dimension in dimensions)
        {
            writer.Write(dimension);
        }

        foreach (var value in values)
        {
            writer.Write((Half)value);
        }
    }
}
