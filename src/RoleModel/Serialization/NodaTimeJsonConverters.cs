using System.Text.Json;
using System.Text.Json.Serialization;
using NodaTime;

namespace RoleModel.Serialization;

/// <summary>
/// <see cref="LocalDate"/> as <c>2026-11-26</c>, the date form of the RoleModel format, for callers' own payloads
/// (<see cref="RoleModelJsonSerializerOptionsExtensions.ConfigureForRoleModel"/>). A malformed date is a
/// <see cref="JsonException"/> that names the value and the pattern.
/// </summary>
internal sealed class LocalDateJsonConverter : JsonConverter<LocalDate>
{
    public override LocalDate Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var text = reader.TokenType == JsonTokenType.String ? reader.GetString()! : null;
        return text is not null && WireValues.TryParseDate(text, out var date)
            ? date
            : throw new JsonException($"{(text is null ? $"A {reader.TokenType}" : $"'{text}'")} is not a valid date; expected a string {WireValues.DatePattern}.");
    }

    public override void Write(Utf8JsonWriter writer, LocalDate value, JsonSerializerOptions options) =>
        writer.WriteStringValue(WireValues.Format(value));
}

/// <summary>
/// <see cref="Instant"/> as <c>2026-11-26T09:30:00Z</c>, the instant form of the RoleModel format, for callers' own
/// payloads. A malformed instant is a <see cref="JsonException"/> that names the value and the pattern.
/// </summary>
internal sealed class InstantJsonConverter : JsonConverter<Instant>
{
    public override Instant Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var text = reader.TokenType == JsonTokenType.String ? reader.GetString()! : null;
        return text is not null && WireValues.TryParseInstant(text, out var instant)
            ? instant
            : throw new JsonException($"{(text is null ? $"A {reader.TokenType}" : $"'{text}'")} is not a valid instant; expected a string {WireValues.InstantPattern}.");
    }

    public override void Write(Utf8JsonWriter writer, Instant value, JsonSerializerOptions options) =>
        writer.WriteStringValue(WireValues.Format(value));
}
