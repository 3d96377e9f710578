using System.Text.Json;

namespace RoleModel.Interop.Tests;

public sealed class PooledBufferTests
{
    [Fact]
    public void Write_PastItsCapacity_KeepsEverythingInOrder()
    {
        using var buffer = new PooledBuffer(256);
        var expected = new List<byte>();
        for (var i = 0; i < 1_000; i++)
        {
            var chunk = Enumerable.Range(0, (i % 37) + 1).Select(b => (byte)(b + i)).ToArray();
            buffer.Write(chunk);
            expected.AddRange(chunk);
        }

        buffer.WrittenCount.Should().Be(expected.Count);
        buffer.WrittenSpan.ToArray().Should().Equal(expected);
    }

    [Fact]
    public void JsonWriter_GrowingTheBuffer_WritesValidJson()
    {
        using var buffer = new PooledBuffer(256);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartArray();
            for (var i = 0; i < 5_000; i++)
            {
                writer.WriteStringValue("item " + i);
            }

            writer.WriteEndArray();
        }

        using var document = JsonDocument.Parse(buffer.WrittenSpan.ToArray());
        document.RootElement.GetArrayLength().Should().Be(5_000);
        document.RootElement[4_999].GetString().Should().Be("item 4999");
    }

    [Fact]
    public void Reset_EmptiesAndAdvanceBeyondTheSpan_Throws()
    {
        using var buffer = new PooledBuffer();
        buffer.Write("abc"u8);
        buffer.Reset();
        buffer.Write("d"u8);

        buffer.WrittenSpan.ToArray().Should().Equal((byte)'d');
        var span = buffer.GetSpan(1).Length;
        FluentActions.Invoking(() => buffer.Advance(span + 1)).Should().Throw<ArgumentOutOfRangeException>();
    }
}
