using System.Text.Json;
using System.Text.Json.Serialization;

namespace RoleModel.Serialization.Wire;

/// <summary>The history of a role: the role by identifier (its definition is the baseline) and its changes.</summary>
internal sealed class HistoryDto
{
    public string? Role { get; set; }

    public string? TasksFrom { get; set; }

    public List<TaskDto?>? Tasks { get; set; }

    public List<ChangeDto?>? Changes { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Extensions { get; set; }
}

/// <summary>
/// A change of a role history. <see cref="Task"/>, <see cref="Requirement"/> and <see cref="Template"/> are
/// either an object or a string (or null, for a template) depending on <see cref="Kind"/>, so each is a
/// <see cref="WirePayload"/> that writes whichever it holds; the other payload members have one shape each.
/// Instants and dates are text, as written.
/// </summary>
internal sealed class ChangeDto
{
    public string? Id { get; set; }

    public string? Kind { get; set; }

    public string? Effective { get; set; }

    public string? Recorded { get; set; }

    public string? Author { get; set; }

    public string? Reason { get; set; }

    public bool? Proposed { get; set; }

    public WirePayload? Task { get; set; }

    public string? TargetRole { get; set; }

    public WirePayload? Requirement { get; set; }

    public Dictionary<string, string?>? Title { get; set; }

    public Dictionary<string, string?>? Purpose { get; set; }

    public List<Dictionary<string, string?>?>? Outcomes { get; set; }

    public OpennessDto? Openness { get; set; }

    public List<AreaDto?>? Areas { get; set; }

    public WirePayload? Template { get; set; }

    public string? Proposal { get; set; }

    public string? Decision { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Extensions { get; set; }
}

/// <summary>A task of a role's task profile.</summary>
internal sealed class TaskDto
{
    public string? Id { get; set; }

    public Dictionary<string, string?>? Title { get; set; }

    public Dictionary<string, string?>? Description { get; set; }

    public string? Area { get; set; }

    public List<UseDto?>? Uses { get; set; }

    public decimal? Share { get; set; }

    public string? Origin { get; set; }

    public string? Status { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Extensions { get; set; }
}

/// <summary>A competency a task uses, with the level it needs.</summary>
internal sealed class UseDto
{
    public string? Competency { get; set; }

    public string? Scale { get; set; }

    public string? Level { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Extensions { get; set; }
}
