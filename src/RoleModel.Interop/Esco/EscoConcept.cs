namespace RoleModel.Interop.Esco;

/// <summary>
/// One concept row being imported (skill, skill group, occupation or ISCO group), with what later files add
/// to it, until the domain object can be built.
/// </summary>
internal sealed class EscoConcept(string uri, string label, string description, byte[] columns)
{
    public string Uri { get; } = uri;

    public string Label { get; } = label;

    public string Description { get; } = description;

    public CompetencyKind? Kind { get; init; }

    /// <summary>The ISCO code (of a group) or ISCO group (of an occupation).</summary>
    public string? Code { get; init; }

    /// <summary>The generic columns of the row, as a JSON object.</summary>
    public byte[] Columns { get; } = columns;

    public List<string>? Broader { get; set; }

    public List<(string Uri, string RelationType)>? Related { get; set; }

    public List<string>? Collections { get; set; }

    public List<CompetencyRequirement>? Requirements { get; set; }

    public HashSet<string>? RequiredSkills { get; set; }
}
