using System.Text.Json;
using System.Text.Json.Serialization;

namespace RoleModel.Serialization.Wire;

/// <summary>A role.</summary>
internal sealed class RoleDto
{
    public string? Id { get; set; }

    public Dictionary<string, string?>? Title { get; set; }

    public Dictionary<string, string?>? Purpose { get; set; }

    public List<Dictionary<string, string?>?>? Outcomes { get; set; }

    public OpennessDto? Openness { get; set; }

    public TemplateDto? Template { get; set; }

    public List<RequirementDto?>? Requirements { get; set; }

    public List<AreaDto?>? Areas { get; set; }

    public List<string?>? Tags { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Extensions { get; set; }
}

/// <summary>The openness of a role.</summary>
internal sealed class OpennessDto
{
    public string? Kind { get; set; }

    public decimal? MinSelfDirectedShare { get; set; }

    public decimal? MaxSelfDirectedShare { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Extensions { get; set; }
}

/// <summary>The template a role derives from.</summary>
internal sealed class TemplateDto
{
    public string? Role { get; set; }

    public List<string?>? RemoveRequirements { get; set; }

    public List<string?>? RemoveAreas { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Extensions { get; set; }
}

/// <summary>A competency requirement of a role.</summary>
internal sealed class RequirementDto
{
    public string? Id { get; set; }

    public string? Competency { get; set; }

    public List<string?>? AnyOf { get; set; }

    public string? Scale { get; set; }

    public string? Level { get; set; }

    public string? Importance { get; set; }

    public double? Weight { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Extensions { get; set; }
}

/// <summary>A responsibility area of a role.</summary>
internal sealed class AreaDto
{
    public string? Id { get; set; }

    public Dictionary<string, string?>? Name { get; set; }

    public decimal? MinShare { get; set; }

    public decimal? MaxShare { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Extensions { get; set; }
}
