using System.Buffers;

namespace RoleModel.Serialization;

/// <summary>
/// Reads a stream to its end into one buffer for the reader. A stream that can tell its length is read into one
/// buffer of exactly that size, so the document is in memory once; any other stream grows a pooled buffer.
/// </summary>
internal sealed class StreamInput : IDisposable
{
    private byte[] buffer;
    private bool pooled;

    private StreamInput(byte[] buffer, int length, bool pooled)
    {
        this.buffer = buffer;
        Length = length;
        this.pooled = pooled;
    }

    internal int Length { get; private set; }

    internal ReadOnlySpan<byte> Span => buffer.AsSpan(0, Length);

    internal static StreamInput Read(Stream stream)
    {
        var input = Start(stream);
        while (true)
        {
            input.MakeRoom();
            var read = stream.Read(input.buffer, input.Length, input.buffer.Length - input.Length);
            if (read == 0)
            {
                return input;
            }

            input.Length += read;
        }
    }

    internal static async Task<StreamInput> ReadAsync(Stream stream, CancellationToken cancellationToken)
    {
        var input = Start(stream);
        while (true)
        {
            input.MakeRoom();
            var read = await stream.ReadAsync(input.buffer.AsMemory(input.Length), cancellationToken).ConfigureAwait(false);
            if (read == 0)
            {
                return input;
            }

            input.Length += read;
        }
    }

    private static StreamInput Start(Stream stream)
    {
        // One byte more than the stream says is left, so that its end is seen without growing the buffer.
        var remaining = stream.CanSeek ? stream.Length - stream.Position : -1;
        if (remaining >= 0 && remaining < Array.MaxLength)
        {
            return new StreamInput(GC.AllocateUninitializedArray<byte>((int)remaining + 1), 0, pooled: false);
        }

        return new StreamInput(ArrayPool<byte>.Shared.Rent(64 * 1024), 0, pooled: true);
    }

    private void MakeRoom()
    {
        if (Length < buffer.Length)
        {
            return;
        }

        if (buffer.Length >= Array.MaxLength)
        {
            throw new IOException("The stream is longer than the largest document that can be read (2 GB).");
        }

        var larger = ArrayPool<byte>.Shared.Rent((int)Math.Min(Array.MaxLength, (long)buffer.Length * 2));
        buffer.AsSpan(0, Length).CopyTo(larger);
        Return();
        buffer = larger;
        pooled = true;
    }

    private void Return()
    {
        if (pooled)
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    public void Dispose()
    {
        Return();
        buffer = [];
        Length = 0;
    }
}
