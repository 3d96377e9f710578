using System.Buffers;
using System.Text.Json;

namespace RoleModel.Interop;

/// <summary>
/// Builds the <see cref="ExtensionData"/> of one object after another: members are written as JSON into one
/// reused buffer (after the members of a JSON object written earlier, if given), then parsed once per object.
/// </summary>
internal sealed class ExtensionWriter : IDisposable
{
    private readonly ArrayBufferWriter<byte> buffer = new(4096);
    private readonly ArrayBufferWriter<byte> merged = new(4096);
    private readonly Utf8JsonWriter writer;
    private readonly List<(byte[] Utf8, string Name)> names = [];
    private int members;

    public ExtensionWriter() => writer = new Utf8JsonWriter(buffer);

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
        writer.WriteEndObject();
        writer.Flush();
        var json = buffer.WrittenSpan;
        var hasLeading = leading.Length > 2;
        if (hasLeading)
        {
            merged.ResetWrittenCount();
            merged.Write(leading[..^1]);
            if (members > 0)
            {
                merged.Write(","u8);
                merged.Write(json[1..]);
            }
            else
            {
                merged.Write("}"u8);
            }

            json = merged.WrittenSpan;
        }
        else if (members == 0)
        {
            return ExtensionData.Empty;
        }

        // ParseValue gives an element of a document that needs no disposal, so that ExtensionData's clone of
        // each member costs nothing: all members of one object share one small document.
        var reader = new Utf8JsonReader(json);
        var root = JsonElement.ParseValue(ref reader);
        return new ExtensionData(root.EnumerateObject().Select(p => new KeyValuePair<string, JsonElement>(Name(p), p.Value)));
    }

    public void Dispose() => writer.Dispose();

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
