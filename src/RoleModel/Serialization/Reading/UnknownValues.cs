using System.Buffers;
using System.Runtime.InteropServices;
using System.Text.Json;

namespace RoleModel.Serialization.Reading;

/// <summary>
/// The values of the unknown members of one document, copied token by token while they are read into one JSON
/// array, which is parsed once, when a value is first asked for (<see cref="DeferredValues"/>), into one
/// <see cref="JsonDocument"/> that every object's <see cref="ExtensionData"/> points into. Parsing each value as
/// its own small document made keeping the ≈ 95,000 unknown members of the ESCO catalogue a third of the read
/// time and most of its garbage; parsing them all at the end of the read was still a tenth of it.
/// </summary>
/// <remarks>
/// An object's extension data is created while the object is read, with its names and empty values, which
/// the extension data fills before it shows one. Values are copied without the white space between their
/// tokens (which the writer does not keep either); the tokens themselves are copied raw, escapes and number
/// text included.
/// </remarks>
internal sealed class UnknownValues
{
    /// <summary>The size of the pooled chunks the values are copied into.</summary>
    private const int ChunkSize = 1 << 16;

    private List<(KeyValuePair<string, JsonElement>[] Members, int FirstIndex)> pending = [];
    private DeferredValues? deferred;

    /// <summary>The value indices of the pending extension data's members, one after the other.</summary>
    private readonly List<int> pendingIndices = [];
    private readonly List<byte[]> chunks = [];
    private int used;
    private bool separate;

    /// <summary>The number of values kept.</summary>
    internal int Count { get; private set; }

    /// <summary>Where the next value starts, to go back to when it turns out not to be kept.</summary>
    internal (int Chunks, int Used, bool Separate) Mark => (chunks.Count, used, separate);

    /// <summary>Forgets what was copied since <paramref name="mark"/>.</summary>
    internal void Rollback((int Chunks, int Used, bool Separate) mark)
    {
        while (chunks.Count > mark.Chunks)
        {
            ArrayPool<byte>.Shared.Return(chunks[^1]);
            chunks.RemoveAt(chunks.Count - 1);
        }

        (used, separate) = (mark.Used, mark.Separate);
    }

    /// <summary>Ends the value copied since the last mark; its index among the kept values.</summary>
    internal int Commit() => Count++;

    /// <summary>Copies the token at the reader (a name, a primitive, or a bracket), with the comma before it.</summary>
    internal void Copy(ref Utf8JsonReader reader)
    {
        var token = reader.TokenType;
        if (token is JsonTokenType.EndObject or JsonTokenType.EndArray)
        {
            Append(token == JsonTokenType.EndObject ? (byte)'}' : (byte)']');
            separate = true;
            return;
        }

        if (separate)
        {
            Append((byte)',');
        }

        switch (token)
        {
            case JsonTokenType.StartObject or JsonTokenType.StartArray:
                Append(token == JsonTokenType.StartObject ? (byte)'{' : (byte)'[');
                separate = false;
                return;
            case JsonTokenType.PropertyName:
                Quoted(reader.ValueSpan);
                Append((byte)':');
                separate = false;
                return;
            case JsonTokenType.String:
                Quoted(reader.ValueSpan);
                break;
            default:
                Append(reader.ValueSpan);
                break;
        }

        separate = true;
    }

    /// <summary>
    /// The extension data of one object, from its unknown members' names and value indices; the values are
    /// filled in when one is first asked for, once the read is over (<see cref="Resolve"/>).
    /// </summary>
    internal ExtensionData Create(ReadOnlySpan<KeyValuePair<string, int>> members)
    {
        deferred ??= new DeferredValues();
        var slots = new KeyValuePair<string, JsonElement>[members.Length];
        pending.Add((slots, pendingIndices.Count));
        for (var i = 0; i < slots.Length; i++)
        {
            slots[i] = new(members[i].Key, default);
            pendingIndices.Add(members[i].Value);
        }

        return ExtensionData.Deferred(ImmutableCollectionsMarshal.AsImmutableArray(slots), deferred);
    }

    /// <summary>
    /// Ends the read: hands the kept values, as the text of one array, to the extension data created so far,
    /// and returns the chunks to the pool.
    /// </summary>
    internal void Resolve()
    {
        try
        {
            if (deferred is not null && pending.Count > 0)
            {
                deferred.Complete(Text(), pending, [.. pendingIndices], Count);
                pending = [];
            }
        }
        finally
        {
            Rollback((0, 0, false));
            pendingIndices.Clear();
        }
    }

    /// <summary>The copied values in brackets, in one array of their length.</summary>
    private byte[] Text()
    {
        var length = 2 + (chunks.Count == 0 ? 0 : ((chunks.Count - 1) * ChunkSize) + used);
        var text = new byte[length];
        text[0] = (byte)'[';
        var at = 1;
        for (var i = 0; i < chunks.Count; i++)
        {
            var part = i == chunks.Count - 1 ? used : ChunkSize;
            chunks[i].AsSpan(0, part).CopyTo(text.AsSpan(at));
            at += part;
        }

        text[at] = (byte)']';
        return text;
    }

    /// <summary>A string's or name's raw (still escaped) text, in quotes.</summary>
    private void Quoted(ReadOnlySpan<byte> raw)
    {
        Append((byte)'"');
        Append(raw);
        Append((byte)'"');
    }

    private void Append(byte value)
    {
        if (chunks.Count == 0 || used == ChunkSize)
        {
            chunks.Add(ArrayPool<byte>.Shared.Rent(ChunkSize));
            used = 0;
        }

        chunks[^1][used++] = value;
    }

    private void Append(ReadOnlySpan<byte> bytes)
    {
        while (!bytes.IsEmpty)
        {
            if (chunks.Count == 0 || used == ChunkSize)
            {
                chunks.Add(ArrayPool<byte>.Shared.Rent(ChunkSize));
                used = 0;
            }

            var part = Math.Min(bytes.Length, ChunkSize - used);
            bytes[..part].CopyTo(chunks[^1].AsSpan(used));
            used += part;
            bytes = bytes[part..];
        }
    }
}
