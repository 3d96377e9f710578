using System.Text.Json;
using System.Text.Json.Serialization;

namespace RoleModel.Serialization.Wire;

/// <summary>One item of the top-level <c>lineage</c> array (format 1.1): a dated fact of a role's descent.</summary>
internal sealed class LineageDto
{
    public string? Role { get; set; }

    public string? Kind { get; set; }

    public string? From { get; set; }

    public string? Effective { get; set; }

    public List<string?>? Tasks { get; set; }

    public string? Reason { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Extensions { get; set; }
}
