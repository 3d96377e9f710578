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

    /// <summary>The skills of an occupation (occupationSkillRelations), in file order, without repetitions.</summary>
    public List<(EscoConcept Skill, RequirementImportance Importance)>? Skills { get; set; }

    private CompetencyRequirement? essential;
    private CompetencyRequirement? optional;

    /// <summary>
    /// The requirement of this skill with an importance, one instance for every occupation that requires it so
    /// (requirements are immutable, and ESCO's carry no level): some 25,000 objects instead of 124,000.
    /// </summary>
    public CompetencyRequirement RequiredAs(RequirementImportance importance) => importance == RequirementImportance.Essential
        ? essential ??= new CompetencyRequirement(Uri, importance: importance)
        : optional ??= new CompetencyRequirement(Uri, importance: importance);
}
