using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace RoleModel.Serialization.Wire;

/// <summary>
/// The source-generated serializer metadata of the wire shapes: strict (no duplicate members, no comments,
/// no trailing commas, no numbers in strings) and reflection-free.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    AllowDuplicateProperties = false,
    MaxDepth = WireContext.MaxDepth)]
[JsonSerializable(typeof(CatalogueDto))]
[JsonSerializable(typeof(TaskDto))]
[JsonSerializable(typeof(RequirementDto))]
[JsonSerializable(typeof(TemplateDto))]
[JsonSerializable(typeof(JsonElement))]
[JsonSerializable(typeof(string))]
internal sealed partial class WireContext : JsonSerializerContext
{
    /// <summary>The deepest nesting of arrays and objects a document may have.</summary>
    internal const int MaxDepth = 64;
}

/// <summary>
/// The type information used to read and write, built once from <see cref="WireContext"/> (a separate class,
/// because static initializers of the generated partial context run in no defined order).
/// </summary>
internal static class WireFormats
{
    /// <summary>Options for reading and for indented writing; built once, locked on first use.</summary>
    internal static JsonTypeInfo<CatalogueDto> Indented { get; } = Create(indented: true);

    /// <summary>The type information of a nested wire shape, with the reading options.</summary>
    internal static JsonTypeInfo<T> Info<T>() => (JsonTypeInfo<T>)Indented.Options.GetTypeInfo(typeof(T));

    /// <summary>Options for compact writing.</summary>
    internal static JsonTypeInfo<CatalogueDto> Compact { get; } = Create(indented: false);

    private static JsonTypeInfo<CatalogueDto> Create(bool indented)
    {
        var options = new JsonSerializerOptions(WireContext.Default.Options)
        {
            WriteIndented = indented,
            // Keeps umlauts and other letters readable; the output is JSON data, not HTML.
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        };
        options.MakeReadOnly();
        return (JsonTypeInfo<CatalogueDto>)options.GetTypeInfo(typeof(CatalogueDto));
    }
}
