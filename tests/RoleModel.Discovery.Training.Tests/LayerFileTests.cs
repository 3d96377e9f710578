using System.Text;
using RoleModel.Discovery.Training.Output;

namespace RoleModel.Discovery.Training.Tests;

public sealed class LayerFileTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("rolemodel-layers-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public void Write_GivesTheResourceLayout_TensorsInOrdinalOrder()
    {
        var path = Path.Combine(folder, "layers.bin");

        var length = LayerFile.Write(path, [
            new LayerTensor("b.bias", [2], [0.5f, -2f]),
            new LayerTensor("B", [1, 1], [1f / 3])]);

        using var expected = new MemoryStream();
        expected.Write("RMLAYER1"u8);
        expected.Write(BitConverter.GetBytes(2));
        expected.Write([1, (byte)'B']);
        expected.Write(BitConverter.GetBytes(2));
        expected.Write(BitConverter.GetBytes(1L));
        expected.Write(BitConverter.GetBytes(1L));
        expected.Write(BitConverter.GetBytes((Half)(1f / 3)));
        expected.Write([6, .. "b.bias"u8]);
        expected.Write(BitConverter.GetBytes(1));
        expected.Write(BitConverter.GetBytes(2L));
        expected.Write(BitConverter.GetBytes((Half)0.5f));
        expected.Write(BitConverter.GetBytes((Half)(-2f)));
        File.ReadAllBytes(path).Should().Equal(expected.ToArray());
        length.Should().Be(expected.Length);
        Directory.GetFiles(folder).Should().ContainSingle("the temporary file is renamed, not left beside it");
    }

    [Fact]
    public void Write_ReadBackAsTheProductReadsIt_GivesTheHalfValues()
    {
        var path = Path.Combine(folder, "layers.bin");
        float[] values = [0.1f, 65504f, -1e-3f, 0f];

        LayerFile.Write(path, [new LayerTensor("encoder.layer.5.output.dense.bias", [2, 2], values)]);

        using var reader = new BinaryReader(File.OpenRead(path), Encoding.UTF8);
        Encoding.ASCII.GetString(reader.ReadBytes(8)).Should().Be("RMLAYER1");
        reader.ReadInt32().Should().Be(1);
        reader.ReadString().Should().Be("encoder.layer.5.output.dense.bias");
        reader.ReadInt32().Should().Be(2);
        (reader.ReadInt64(), reader.ReadInt64()).Should().Be((2L, 2L));
        Enumerable.Range(0, 4).Select(_ => (float)reader.ReadHalf()).Should().Equal(values.Select(v => (float)(Half)v));
        reader.BaseStream.Position.Should().Be(reader.BaseStream.Length, "nothing follows the last tensor");
    }

    [Fact]
    public void Write_FolderMissing_Throws_AndLeavesNoFile()
    {
        var path = Path.Combine(folder, "missing", "layers.bin");

        var act = () => LayerFile.Write(path, [new LayerTensor("x", [1], [1f])]);

        act.Should().Throw<DirectoryNotFoundException>();
        Directory.GetFileSystemEntries(folder).Should().BeEmpty();
    }
}
