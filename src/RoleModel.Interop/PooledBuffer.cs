using System.Buffers;

namespace RoleModel.Interop;

/// <summary>
/// A growing byte buffer on arrays rented from <see cref="ArrayPool{T}.Shared"/> and given back on
/// <see cref="Dispose"/>: an import's megabytes of intermediate JSON are not allocated
/// again on every import (they would go to the large object heap, whose budget brings full collections).
/// </summary>
internal sealed class PooledBuffer : IBufferWriter<byte>, IDisposable
{
    private byte[] array;
    private int written;

    public PooledBuffer(int capacity = 4096) => array = ArrayPool<byte>.Shared.Rent(Math.Max(capacity, 256));

    public int WrittenCount => written;

    public ReadOnlySpan<byte> WrittenSpan => array.AsSpan(0, written);

    public void Advance(int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(count, array.Length - written);
        written += count;
    }

    public Memory<byte> GetMemory(int sizeHint = 0)
    {
        var start = Reserve(sizeHint);
        return array.AsMemory(start);
    }

    public Span<byte> GetSpan(int sizeHint = 0)
    {
        var start = Reserve(sizeHint);
        return array.AsSpan(start);
    }

    public void Write(ReadOnlySpan<byte> bytes)
    {
        bytes.CopyTo(GetSpan(bytes.Length));
        written += bytes.Length;
    }

    /// <summary>Empties the buffer, keeping its array.</summary>
    public void Reset() => written = 0;

    public void Dispose()
    {
        var rented = array;
        array = [];
        written = 0;
        if (rented.Length > 0)
        {
            ArrayPool<byte>.Shared.Return(rented);
        }
    }

    /// <summary>Makes room for at least <paramref name="sizeHint"/> bytes (at least one) and gives where they start.</summary>
    private int Reserve(int sizeHint)
    {
        var needed = Math.Max(sizeHint, 1);
        if (array.Length - written < needed)
        {
            var grown = ArrayPool<byte>.Shared.Rent((int)Math.Min(Math.Max((long)array.Length * 2, (long)written + needed), Array.MaxLength));
            WrittenSpan.CopyTo(grown);
            if (array.Length > 0)
            {
                ArrayPool<byte>.Shared.Return(array);
            }

            array = grown;
        }

        return written;
    }
}
