using System.Runtime.InteropServices;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace RoleModel.Serialization;

/// <summary>Embeds a catalogue, as a whole RoleModel document, in a caller's payload.</summary>
internal sealed class CatalogueJsonConverter : JsonConverter<Catalogue>
{
    public override Catalogue Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        using var document = JsonDocument.ParseValue(ref reader);
        var result = Reading.CatalogueReader.Read(JsonMarshal.GetRawUtf8Value(document.RootElement));
        if (!result.IsValid)
        {
            var problems = string.Join(" ", result.Report.Errors.Select(p => $"{p.Message} ({p.Path})"));
            throw new JsonException($"The RoleModel catalogue is not valid: {problems}");
        }

        return result.Catalogue!;
    }

    public override void Write(Utf8JsonWriter writer, Catalogue value, JsonSerializerOptions options) =>
        writer.WriteRawValue(RoleModelJson.WriteToUtf8Bytes(value, options.WriteIndented), skipInputValidation: true);
}
