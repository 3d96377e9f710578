using System.Buffers.Binary;
using System.Numerics;
using System.Text;

namespace RoleModel.Serialization.Reading;

/// <summary>
/// Short strings of a document, found by their UTF-8 bytes: each distinct value is decoded once and shared,
/// and carries what the reader has made from it before (<typeparamref name="TShared"/>), so that an identifier
/// named in thousands of places is neither decoded, hashed as text, nor looked up again for what it made.
/// </summary>
/// <typeparam name="TShared">What the reader keeps with each value.</typeparam>
/// <remarks>
/// The hash is seeded per process, and a value whose bucket holds too many others is not pooled (the caller
/// makes its string the ordinary way), so a document made to collide costs at most a bounded search per value.
/// </remarks>
internal sealed class StringPool<TShared>
    where TShared : struct
{
    /// <summary>The longest value, in UTF-8 bytes, that is pooled; longer ones are rare.</summary>
    internal const int MaxLength = 128;

    /// <summary>The most values one bucket is searched through before a value is left unpooled.</summary>
    private const int MaxSearch = 16;

    private const ulong Multiplier = 0x9E3779B97F4A7C15;
    private static readonly ulong Seed = (ulong)Random.Shared.NextInt64();

    private const int InitialCapacity = 256;

    /// <summary>Per bucket, one more than the index of its first entry; 0 for none.</summary>
    private int[] buckets = new int[InitialCapacity];

    /// <summary>Where each value's bytes are, apart from its string and shared part so that a search reads little memory.</summary>
    private Entry[] entries = new Entry[InitialCapacity];
    private string[] values = new string[InitialCapacity];
    private TShared[] shared = new TShared[InitialCapacity];
    private byte[] bytes = new byte[16 * InitialCapacity];
    private int used;
    private int count;

    /// <summary>
    /// The entry of <paramref name="utf8"/> (valid, unescaped UTF-8), added when it is new; -1 when it is not
    /// pooled (longer than <see cref="MaxLength"/>, or in a crowded bucket).
    /// </summary>
    internal int Find(ReadOnlySpan<byte> utf8)
    {
        if (utf8.Length > MaxLength)
        {
            return -1;
        }

        var hash = Hash(utf8);
        var bucket = (int)((uint)hash & (uint)(buckets.Length - 1));
        var searched = 0;
        for (var i = buckets[bucket] - 1; i >= 0; i = entries[i].Next)
        {
            ref var entry = ref entries[i];
            if (entry.Hash == hash && utf8.SequenceEqual(bytes.AsSpan(entry.Start, entry.Length)))
            {
                return i;
            }

            if (++searched == MaxSearch)
            {
                return -1;
            }
        }

        return Add(utf8, hash, bucket);
    }

    /// <summary>The string of an entry.</summary>
    internal string this[int entry] => values[entry];

    /// <summary>What the reader keeps with an entry's value; default until it sets it.</summary>
    internal ref TShared Shared(int entry) => ref shared[entry];

    private int Add(ReadOnlySpan<byte> utf8, int hash, int bucket)
    {
        if (count == entries.Length)
        {
            Array.Resize(ref entries, count * 2);
            Array.Resize(ref values, count * 2);
            Array.Resize(ref shared, count * 2);
            Rehash();
            bucket = (int)((uint)hash & (uint)(buckets.Length - 1));
        }

        if (used + utf8.Length > bytes.Length)
        {
            Array.Resize(ref bytes, Math.Max(bytes.Length * 2, used + utf8.Length));
        }

        utf8.CopyTo(bytes.AsSpan(used));
        entries[count] = new Entry
        {
            Hash = hash,
            Next = buckets[bucket] - 1,
            Start = used,
            Length = utf8.Length,
        };
        values[count] = Encoding.UTF8.GetString(utf8);
        used += utf8.Length;
        buckets[bucket] = count + 1;
        return count++;
    }

    /// <summary>As many buckets as entries can be held, each entry put into its bucket again.</summary>
    private void Rehash()
    {
        buckets = new int[entries.Length];
        for (var i = 0; i < count; i++)
        {
            ref var entry = ref entries[i];
            var bucket = (int)((uint)entry.Hash & (uint)(buckets.Length - 1));
            entry.Next = buckets[bucket] - 1;
            buckets[bucket] = i + 1;
        }
    }

    /// <summary>A seeded multiply-rotate hash of eight bytes at a time.</summary>
    private static int Hash(ReadOnlySpan<byte> utf8)
    {
        var hash = Seed ^ ((ulong)utf8.Length * Multiplier);
        while (utf8.Length >= sizeof(ulong))
        {
            hash = (BitOperations.RotateLeft(hash, 23) ^ BinaryPrimitives.ReadUInt64LittleEndian(utf8)) * Multiplier;
            utf8 = utf8[sizeof(ulong)..];
        }

        ulong tail = 0;
        for (var i = 0; i < utf8.Length; i++)
        {
            tail = (tail << 8) | utf8[i];
        }

        hash = (BitOperations.RotateLeft(hash, 23) ^ tail) * Multiplier;
        return (int)(hash ^ (hash >> 29));
    }

    private struct Entry
    {
        internal int Hash;
        internal int Next;
        internal int Start;
        internal int Length;
    }
}
