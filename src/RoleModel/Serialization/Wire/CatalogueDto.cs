using System.Text.Json;
using System.Text.Json.Serialization;

namespace RoleModel.Serialization.Wire;

// Wire shapes of format 1.x: mutable, every member nullable, so that a missing member is reported by the
// mapping with its path instead of stopping the deserializer. Member order here is the written order.

/// <summary>The document root.</summary>
internal sealed class CatalogueDto
{
    [JsonPropertyName("$schema")]
    public string? Schema { get; set; }

    public string? SchemaVersion { get; set; }

    public string? Id { get; set; }

    public string? Version { get; set; }

    public string? Issued { get; set; }

    public string? Publisher { get; set; }

    /// <summary>Format 1.1.</summary>
    public List<ImportDto?>? Imports { get; set; }

    public List<FrameworkDto?>? Frameworks { get; set; }

    public List<RoleDto?>? Roles { get; set; }

    public List<PersonDto?>? People { get; set; }

    public List<HistoryDto?>? Histories { get; set; }

    /// <summary>Format 1.1.</summary>
    public List<LineageDto?>? Lineage { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Extensions { get; set; }
}

/// <summary>An item of the top-level <c>imports</c> (format 1.1).</summary>
internal sealed class ImportDto
{
    public string? Catalogue { get; set; }

    public string? Version { get; set; }

    public string? Href { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Extensions { get; set; }
}
