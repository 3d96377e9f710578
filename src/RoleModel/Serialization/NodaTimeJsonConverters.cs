using System.Text.Json;
using System.Text.Json.Serialization;
using NodaTime;

namespace RoleModel.Serialization;

/// <summary>
/// A NodaTime value in the text form of the RoleModel format, for callers' own payloads
/// (<see cref="RoleModelJsonSerializerOptionsExtensions.ConfigureForRoleModel"/>): <see cref="LocalDate"/> as
/// <c>2026-11-26</c>, <see cref="Instant"/> as <c>2026-11-26T09:30:00Z</c>. A malformed value is a
/// <see cref="JsonException"/> that names the value and the pattern.
/// </summary>
internal sealed class NodaTimeJsonConverter<T> : JsonConverter<T>
    where T : struct
{
    private readonly TryParse parse;
    private readonly Func<T, string> format;
    private readonly string noun;
    private readonly string pattern;

    internal NodaTimeJsonConverter(TryParse parse, Func<T, string> format, string noun, string pattern)
    {
        this.parse = parse;
        this.format = format;
        this.noun = noun;
        this.pattern = pattern;
    }

    internal delegate bool TryParse(string text, out T value);

    public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var text = reader.TokenType == JsonTokenType.String ? reader.GetString()! : null;
        return text is not null && parse(text, out var value)
            ? value
            : throw new JsonException($"{(text is null ? $"A {reader.TokenType}" : $"'{text}'")} is not a valid {noun}; expected a string {pattern}.");
    }

    public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options) => writer.WriteStringValue(format(value));
}

/// <summary>The converters of the NodaTime values the format uses.</summary>
internal static class NodaTimeJsonConverters
{
    internal static NodaTimeJsonConverter<LocalDate> Dates() => new(WireValues.TryParseDate, WireValues.Format, "date", WireValues.DatePattern);

    internal static NodaTimeJsonConverter<Instant> Instants() => new(WireValues.TryParseInstant, WireValues.Format, "instant", WireValues.InstantPattern);
}
