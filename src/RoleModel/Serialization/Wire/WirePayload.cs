using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace RoleModel.Serialization.Wire;

/// <summary>
/// A change's task, requirement or template as written: the object, or the identifier of what a removal
/// removes, or null. It writes itself straight into the document; making it a <see cref="JsonElement"/>
/// first (serialised, then parsed) was most of the time of writing a history.
/// </summary>
[JsonConverter(typeof(WirePayloadConverter))]
internal sealed class WirePayload
{
    private readonly Action<Utf8JsonWriter> write;

    private WirePayload(Action<Utf8JsonWriter> write) => this.write = write;

    /// <summary>The JSON null, for a template change that removes the template.</summary>
    internal static WirePayload Null { get; } = new(static writer => writer.WriteNullValue());

    /// <summary>An object, written with its type's metadata.</summary>
    internal static WirePayload Of<T>(T value, JsonTypeInfo<T> info) => new(writer => JsonSerializer.Serialize(writer, value, info));

    /// <summary>An identifier, written as a string.</summary>
    internal static WirePayload Of(string id) => new(writer => writer.WriteStringValue(id));

    /// <summary>Writes the payload at the writer's position.</summary>
    internal void WriteTo(Utf8JsonWriter writer) => write(writer);
}

/// <summary>Writes a <see cref="WirePayload"/>; the wire types are only written (the reader builds the domain model itself).</summary>
internal sealed class WirePayloadConverter : JsonConverter<WirePayload>
{
    /// <inheritdoc />
    public override WirePayload Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        throw new NotSupportedException("The wire types are only written.");

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, WirePayload value, JsonSerializerOptions options) => value.WriteTo(writer);
}
