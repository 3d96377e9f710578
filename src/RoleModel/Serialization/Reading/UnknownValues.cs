using System.Buffers;
using System.Runtime.InteropServices;
using System.Text.Json;

namespace RoleModel.Serialization.Reading;

/// <summary>
/// The values of the unknown members of one document, copied token by token while they are read into one JSON
/// array and parsed once, at the end of the read, into one <see cref="JsonDocument"/> that every object's
/// <see cref="ExtensionData"/> points into. Parsing each value as its own small document made keeping the
/// ≈ 95,000 unknown members of the ESCO catalogue a third of the read time and most of its garbage.
/// </summary>
/// <remarks>
/// An object's extension data is created while the object is read, with its names and empty values; the
/// values are filled in by <see cref="Resolve"/>, before the catalogue is validated or returned, so no one
/// sees them empty. Values are copied without the white space between their tokens (which the writer does not
/// keep either); the tokens themselves are copied raw, escapes and number text included.
/// </remarks>
internal sealed class UnknownValues
{
    /// <summary>The size of the pooled chunks the values are copied into.</summary>
    private const int ChunkSize = 1 << 16;

    private readonly List<(KeyValuePair<string, JsonElement>[] Members, int FirstIndex)> pending = [];

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
    /// filled in by <see cref="Resolve"/>.
    /// </summary>
    internal ExtensionData Create(ReadOnlySpan<KeyValuePair<string, int>> members)
    {
        var slots = new KeyValuePair<string, JsonElement>[members.Length];
        pending.Add((slots, pendingIndices.Count));
        for (var i = 0; i < slots.Length; i++)
        {
            slots[i] = new(members[i].Key, default);
            pendingIndices.Add(members[i].Value);
        }

        return ExtensionData.Trusted(ImmutableCollectionsMarshal.AsImmutableArray(slots));
    }

    /// <summary>Parses the kept values once and fills them into the extension data created so far; returns the chunks to the pool.</summary>
    internal void Resolve()
    {
        try
        {
            if (pending.Count > 0)
            {
                Fill();
            }
        }
        finally
        {
            Rollback((0, 0, false));
            pending.Clear();
            pendingIndices.Clear();
        }
    }

    private void Fill()
    {
        Append((byte)']');
        var first = new Segment(new byte[] { (byte)'[' });
        var last = first;
        for (var i = 0; i < chunks.Count; i++)
        {
            last = last.Then(chunks[i].AsMemory(0, i == chunks.Count - 1 ? used : ChunkSize));
        }

        // The kept values are at most as deep as the document allows, plus the array around them.
        var reader = new Utf8JsonReader(new ReadOnlySequence<byte>(first, 0, last, last.Memory.Length), new JsonReaderOptions { MaxDepth = CatalogueReader.MaxDepth + 2 });
        var values = new JsonElement[Count];
        var next = 0;
        foreach (var value in JsonElement.ParseValue(ref reader).EnumerateArray())
        {
            values[next++] = value;
        }

        foreach (var (members, firstIndex) in pending)
        {
            for (var i = 0; i < members.Length; i++)
            {
                members[i] = new(members[i].Key, values[pendingIndices[firstIndex + i]]);
            }
        }
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

    /// <summary>One piece of the kept values, for reading them as one sequence.</summary>
    private sealed class Segment : ReadOnlySequenceSegment<byte>
    {
        internal Segment(ReadOnlyMemory<byte> memory) => Memory = memory;

        internal Segment Then(ReadOnlyMemory<byte> memory)
        {
            var next = new Segment(memory) { RunningIndex = RunningIndex + Memory.Length };
            Next = next;
            return next;
        }
    }
}
