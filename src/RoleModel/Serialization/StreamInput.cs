using System.Buffers;

namespace RoleModel.Serialization;

/// <summary>
/// Reads a stream to its end into one buffer for the reader, within a size limit. A stream that tells its length
/// is refused before reading when that is above the limit, and otherwise read into one buffer of exactly that
/// size. Any other stream is read in pooled chunks of at most 1 MiB, refused as soon as it passes the limit, and
/// copied into one buffer at its end: memory stays within the limit and one chunk while reading.
/// </summary>
internal sealed class StreamInput : IDisposable
{
    private const int FirstChunkBytes = 64 * 1024;
    private const int ChunkBytes = 1024 * 1024;

    private readonly long maximum;
    private readonly List<(byte[] Chunk, bool Pooled)> full = [];
    private byte[] current;
    private bool currentPooled;
    private int used;
    private long completed;
    private byte[]? whole;

    private StreamInput(Stream stream, long maximum)
    {
        this.maximum = maximum;

        // One byte more than the stream says is left, so that its end is seen without another chunk.
        var remaining = stream.CanSeek ? stream.Length - stream.Position : -1;
        if (remaining > maximum)
        {
            TooLarge = true;
            current = [];
        }
        else if (remaining >= 0)
        {
            current = GC.AllocateUninitializedArray<byte>((int)Math.Min(remaining + 1, Array.MaxLength));
        }
        else
        {
            current = ArrayPool<byte>.Shared.Rent(FirstChunkBytes);
            currentPooled = true;
        }
    }

    /// <summary>Whether the stream was refused because it is longer than the limit; then <see cref="Span"/> is empty.</summary>
    internal bool TooLarge { get; private set; }

    internal long Length => completed + used;

    internal ReadOnlySpan<byte> Span => TooLarge ? [] : whole ?? current.AsSpan(0, used);

    /// <summary>The bytes read, the caller's from now on (a pooled chunk is copied out); empty when <see cref="TooLarge"/>.</summary>
    internal ReadOnlyMemory<byte> Detach() =>
        TooLarge ? ReadOnlyMemory<byte>.Empty : whole ?? (currentPooled ? current.AsSpan(0, used).ToArray() : current.AsMemory(0, used));

    internal static StreamInput Read(Stream stream, long maximum)
    {
        var input = new StreamInput(stream, maximum);
        while (!input.TooLarge)
        {
            var read = stream.Read(input.Space().Span);
            if (input.Advance(read))
            {
                break;
            }
        }

        return input;
    }

    internal static async Task<StreamInput> ReadAsync(Stream stream, long maximum, CancellationToken cancellationToken)
    {
        var input = new StreamInput(stream, maximum);
        while (!input.TooLarge)
        {
            var read = await stream.ReadAsync(input.Space(), cancellationToken).ConfigureAwait(false);
            if (input.Advance(read))
            {
                break;
            }
        }

        return input;
    }

    private Memory<byte> Space()
    {
        if (used == current.Length)
        {
            full.Add((current, currentPooled));
            completed += used;
            current = ArrayPool<byte>.Shared.Rent(ChunkBytes);
            currentPooled = true;
            used = 0;
        }

        return current.AsMemory(used);
    }

    /// <summary>Counts what was read; true when reading is over (the end of the stream, or past the limit).</summary>
    private bool Advance(int read)
    {
        used += read;
        if (Length > maximum)
        {
            TooLarge = true;
            Release();
            return true;
        }

        if (read > 0)
        {
            return false;
        }

        if (full.Count > 0)
        {
            Join();
        }

        return true;
    }

    /// <summary>Copies the chunks into one buffer of the document's length.</summary>
    private void Join()
    {
        var joined = GC.AllocateUninitializedArray<byte>((int)Length);
        var at = 0;
        foreach (var (chunk, _) in full)
        {
            chunk.CopyTo(joined, at);
            at += chunk.Length;
        }

        current.AsSpan(0, used).CopyTo(joined.AsSpan(at));
        Release();
        whole = joined;
    }

    private void Release()
    {
        foreach (var (chunk, pooled) in full)
        {
            if (pooled)
            {
                ArrayPool<byte>.Shared.Return(chunk);
            }
        }

        if (currentPooled)
        {
            ArrayPool<byte>.Shared.Return(current);
        }

        full.Clear();
        current = [];
        currentPooled = false;
        used = 0;
        completed = 0;
    }

    public void Dispose()
    {
        Release();
        whole = null;
    }
}
