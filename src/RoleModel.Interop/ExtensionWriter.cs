using System.Buffers;
using System.Collections.Immutable;
using System.Text.Json;

namespace RoleModel.Interop;

/// <summary>
/// Builds the <see cref="ExtensionData"/> of one object after another: members are written as JSON into one
/// reused buffer (after the members of a JSON object written earlier, if given), then parsed once per object,
/// or once per batch of deferred objects.
/// </summary>
internal sealed class ExtensionWriter : IDisposable
{
    private readonly ArrayBufferWriter<byte> buffer = new(4096);
    private readonly PooledBuffer merged = new();
    private readonly Utf8JsonWriter writer;
    private readonly List<(byte[] Utf8, string Name)> names = [];
    private readonly List<KeyValuePair<string, JsonElement>> parsed = [];
    private readonly PooledBuffer deferred;
    private int deferredCount;
    private int members;

    /// <summary>Creates a writer.</summary>
    /// <param name="deferredCapacity">The bytes to reserve for <see cref="Defer"/>red objects, to avoid copying a growing batch.</param>
    public ExtensionWriter(int deferredCapacity = 256)
    {
        writer = new Utf8JsonWriter(buffer);
        deferred = new(deferredCapacity);
    }

    /// <summary>The writer, positioned inside the object being built.</summary>
    public Utf8JsonWriter Json => writer;

    public void Begin()
    {
        buffer.ResetWrittenCount();
        writer.Reset(buffer);
        writer.WriteStartObject();
        members = 0;
    }

    /// <summary>Starts a member whose value the caller writes with <see cref="Json"/>.</summary>
    public void Member(string name)
    {
        writer.WritePropertyName(name);
        members++;
    }

    public void String(string name, string value)
    {
        Member(name);
        writer.WriteStringValue(value);
    }

    public void Number(string name, double value)
    {
        Member(name);
        writer.WriteNumberValue(value);
    }

    public void Strings(string name, IEnumerable<string> values)
    {
        Member(name);
        writer.WriteStartArray();
        foreach (var value in values)
        {
            writer.WriteStringValue(value);
        }

        writer.WriteEndArray();
    }

    /// <summary>The extension data: the members of <paramref name="leading"/> (a JSON object), then those written since <see cref="Begin"/>.</summary>
    public ExtensionData End(ReadOnlySpan<byte> leading = default)
    {
        merged.Reset();
        var json = Complete(leading, merged);
        return json.Length == 2 ? ExtensionData.Empty : ToExtensionData(Parse(json));
    }

    /// <summary>
    /// Like <see cref="End"/>, but keeps the object in a batch instead: <see cref="TakeDeferred"/> then makes the
    /// whole batch one JSON document, so that many objects cost one document instead of one each.
    /// </summary>
    public void Defer(ReadOnlySpan<byte> leading = default)
    {
        deferred.Write(deferredCount++ == 0 ? "["u8 : ","u8);
        Complete(leading, deferred);
    }

    /// <summary>
    /// The extension data of every object deferred since the last call, in order; their values are parsed, as one
    /// document, when one of them is first asked for (<see cref="ExtensionData.ParseObjects"/>).
    /// </summary>
    public ImmutableArray<ExtensionData> TakeDeferred()
    {
        var result = ImmutableArray<ExtensionData>.Empty;
        if (deferredCount > 0)
        {
            deferred.Write("]"u8);
            result = ExtensionData.ParseObjects(deferred.WrittenSpan);
        }

        deferred.Reset();
        deferredCount = 0;
        return result;
    }

    /// <summary>Ends the object and writes it, after the members of <paramref name="leading"/>, to <paramref name="target"/>.</summary>
    private ReadOnlySpan<byte> Complete(ReadOnlySpan<byte> leading, PooledBuffer target)
    {
        writer.WriteEndObject();
        writer.Flush();
        var json = buffer.WrittenSpan;
        var start = target.WrittenCount;
        if (leading.Length <= 2)
        {
            target.Write(json);
        }
        else
        {
            target.Write(leading[..^1]);
            target.Write(members > 0 ? ","u8 : "}"u8);
            if (members > 0)
            {
                target.Write(json[1..]);
            }
        }

        return target.WrittenSpan[start..];
    }

    /// <summary>
    /// ParseValue gives elements of a document that needs no disposal, so that ExtensionData's clone of each member
    /// costs nothing: all members share the one document.
    /// </summary>
    private static JsonElement Parse(ReadOnlySpan<byte> json)
    {
        var reader = new Utf8JsonReader(json);
        return JsonElement.ParseValue(ref reader);
    }

    private ExtensionData ToExtensionData(JsonElement json)
    {
        parsed.Clear();
        foreach (var property in json.EnumerateObject())
        {
            parsed.Add(new(Name(property), property.Value));
        }

        return parsed.Count == 0 ? ExtensionData.Empty : new ExtensionData(parsed);
    }

    public void Dispose()
    {
        writer.Dispose();
        merged.Dispose();
        deferred.Dispose();
    }

    /// <summary>The member name, as the same string instance for every object (a handful of distinct names).</summary>
    private string Name(JsonProperty property)
    {
        foreach (var (utf8, name) in names)
        {
            if (property.NameEquals(utf8))
            {
                return name;
            }
        }

        var added = property.Name;
        if (names.Count < 64)
        {
            names.Add((System.Text.Encoding.UTF8.GetBytes(added), added));
        }

        return added;
    }
}
