using System.Buffers;
using System.Text.Json;

namespace RoleModel.Interop;

/// <summary>
/// Builds the <see cref="ExtensionData"/> of one object after another: members are written as JSON into one
/// reused buffer, then parsed once per object.
/// </summary>
internal sealed class ExtensionWriter : IDisposable
{
    private readonly ArrayBufferWriter<byte> buffer = new(4096);
    private readonly Utf8JsonWriter writer;
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

    public ExtensionData End()
    {
        writer.WriteEndObject();
        writer.Flush();
        if (members == 0)
        {
            return ExtensionData.Empty;
        }

        // ParseValue gives an element of a document that needs no disposal, so that ExtensionData's clone of
        // each member costs nothing: all members of one object share one small document.
        var reader = new Utf8JsonReader(buffer.WrittenSpan);
        var root = JsonElement.ParseValue(ref reader);
        return new ExtensionData(root.EnumerateObject().Select(p => new KeyValuePair<string, JsonElement>(p.Name, p.Value)));
    }

    public void Dispose() => writer.Dispose();
}
