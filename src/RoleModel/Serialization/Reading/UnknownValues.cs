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
    private readonly List<(KeyValuePair<string, JsonElement>[] Members, int[] Indices)> pending = [];
    private byte[] buffer = new byte[4096];
    private int length = 1;
    private bool separate;

    public UnknownValues() => buffer[0] = (byte)'[';

    /// <summary>The number of values kept.</summary>
    internal int Count { get; private set; }

    /// <summary>Where the next value starts, to go back to when it turns out not to be kept.</summary>
    internal (int Length, bool Separate) Mark => (length, separate);

    /// <summary>Forgets what was copied since <paramref name="mark"/>.</summary>
    internal void Rollback((int Length, bool Separate) mark) => (length, separate) = mark;

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

        var raw = reader.ValueSpan;
        switch (token)
        {
            case JsonTokenType.StartObject or JsonTokenType.StartArray:
                Append(token == JsonTokenType.StartObject ? (byte)'{' : (byte)'[');
                separate = false;
                return;
            case JsonTokenType.PropertyName:
                Ensure(raw.Length + 3);
                buffer[length++] = (byte)'"';
                raw.CopyTo(buffer.AsSpan(length));
                length += raw.Length;
                buffer[length++] = (byte)'"';
                buffer[length++] = (byte)':';
                separate = false;
                return;
            case JsonTokenType.String:
                Ensure(raw.Length + 2);
                buffer[length++] = (byte)'"';
                raw.CopyTo(buffer.AsSpan(length));
                length += raw.Length;
                buffer[length++] = (byte)'"';
                break;
            default:
                Ensure(raw.Length);
                raw.CopyTo(buffer.AsSpan(length));
                length += raw.Length;
                break;
        }

        separate = true;
    }

    /// <summary>
    /// The extension data of one object, from its unknown members' names and value indices; the values are
    /// filled in by <see cref="Resolve"/>.
    /// </summary>
    internal ExtensionData Create(List<KeyValuePair<string, int>> members)
    {
        var slots = new KeyValuePair<string, JsonElement>[members.Count];
        var indices = new int[members.Count];
        for (var i = 0; i < slots.Length; i++)
        {
            slots[i] = new(members[i].Key, default);
            indices[i] = members[i].Value;
        }

        pending.Add((slots, indices));
        return ExtensionData.Trusted(ImmutableCollectionsMarshal.AsImmutableArray(slots));
    }

    /// <summary>Parses the kept values once and fills them into the extension data created so far.</summary>
    internal void Resolve()
    {
        if (pending.Count == 0)
        {
            return;
        }

        Append((byte)']');
        var reader = new Utf8JsonReader(buffer.AsSpan(0, length), new JsonReaderOptions { MaxDepth = CatalogueReader.MaxDepth + 2 });
        var all = JsonElement.ParseValue(ref reader);
        var values = new JsonElement[Count];
        var next = 0;
        foreach (var value in all.EnumerateArray())
        {
            values[next++] = value;
        }

        foreach (var (members, indices) in pending)
        {
            for (var i = 0; i < members.Length; i++)
            {
                members[i] = new(members[i].Key, values[indices[i]]);
            }
        }

        pending.Clear();
        buffer = [];
    }

    private void Append(byte value)
    {
        Ensure(1);
        buffer[length++] = value;
    }

    private void Ensure(int more)
    {
        if (length + more + 1 > buffer.Length)
        {
            Array.Resize(ref buffer, Math.Max(buffer.Length * 2, length + more + 1));
        }
    }
}
