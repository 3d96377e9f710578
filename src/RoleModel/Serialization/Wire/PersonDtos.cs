using System.Text.Json;
using System.Text.Json.Serialization;

namespace RoleModel.Serialization.Wire;

/// <summary>A person.</summary>
internal sealed class PersonDto
{
    public string? Id { get; set; }

    public List<AssessmentDto?>? Assessments { get; set; }

    public List<AssignmentDto?>? Assignments { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Extensions { get; set; }
}

/// <summary>A competency assessment of a person. Dates stay text here so that the mapping can name a bad value.</summary>
internal sealed class AssessmentDto
{
    public string? Competency { get; set; }

    public string? Scale { get; set; }

    public string? Level { get; set; }

    public string? AssessedOn { get; set; }

    public string? Source { get; set; }

    public string? ExpiresOn { get; set; }

    public string? Evidence { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Extensions { get; set; }
}

/// <summary>An assignment of a person to a role over days.</summary>
internal sealed class AssignmentDto
{
    public string? Role { get; set; }

    public string? From { get; set; }

    public string? To { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Extensions { get; set; }
}
