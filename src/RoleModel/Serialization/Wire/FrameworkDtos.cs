using System.Text.Json;
using System.Text.Json.Serialization;

namespace RoleModel.Serialization.Wire;

/// <summary>A competency framework.</summary>
internal sealed class FrameworkDto
{
    public string? Id { get; set; }

    public string? Version { get; set; }

    public Dictionary<string, string?>? Name { get; set; }

    public Dictionary<string, string?>? Description { get; set; }

    public List<ScaleDto?>? Scales { get; set; }

    public List<ScaleMappingDto?>? ScaleMappings { get; set; }

    public List<CompetencyDto?>? Competencies { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Extensions { get; set; }
}

/// <summary>A proficiency scale.</summary>
internal sealed class ScaleDto
{
    public string? Id { get; set; }

    public Dictionary<string, string?>? Name { get; set; }

    public List<LevelDto?>? Levels { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Extensions { get; set; }
}

/// <summary>A scale mapping (format 1.1): source level code to target level code.</summary>
internal sealed class ScaleMappingDto
{
    public string? SourceScale { get; set; }

    public string? TargetScale { get; set; }

    public Dictionary<string, string>? Levels { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Extensions { get; set; }
}

/// <summary>A level of a proficiency scale.</summary>
internal sealed class LevelDto
{
    public string? Code { get; set; }

    public Dictionary<string, string?>? Label { get; set; }

    public Dictionary<string, string?>? Description { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Extensions { get; set; }
}

/// <summary>A competency.</summary>
internal sealed class CompetencyDto
{
    public string? Id { get; set; }

    public string? Kind { get; set; }

    public Dictionary<string, string?>? Name { get; set; }

    public Dictionary<string, string?>? Description { get; set; }

    public List<string?>? Broader { get; set; }

    public List<MappingDto?>? Mappings { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Extensions { get; set; }
}

/// <summary>A mapping of a competency to an external concept.</summary>
internal sealed class MappingDto
{
    public string? Relation { get; set; }

    public string? Scheme { get; set; }

    public string? Uri { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Extensions { get; set; }
}
