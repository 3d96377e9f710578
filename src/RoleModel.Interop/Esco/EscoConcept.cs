namespace RoleModel.Interop.Esco;

/// <summary>
/// One concept row being imported (skill, skill group, occupation or ISCO group), with what later files add
/// to it, until the domain object can be built.
/// </summary>
internal sealed class EscoConcept(string uri, string label, string description, ColumnsSlice columns)
{
    public string Uri { get; } = uri;

    public string Label { get; } = label;

    public string Description { get; } = description;

    public CompetencyKind? Kind { get; init; }

    /// <summary>The ISCO code (of a group) or ISCO group (of an occupation).</summary>
    public string? Code { get; init; }

    /// <summary>Where the generic columns of the row are, as a JSON object, in the pillar's buffer.</summary>
    public ColumnsSlice Columns { get; } = columns;

    public List<string>? Broader { get; set; }

    public List<(string Uri, string RelationType)>? Related { get; set; }

    public List<string>? Collections { get; set; }

    /// <summary>The requirements of an occupation (occupationSkillRelations), in file order, one per skill.</summary>
    public List<CompetencyRequirement>? Requirements { get; private set; }

    private CompetencyRequirement? essential;
    private CompetencyRequirement? optional;

    /// <summary>
    /// Adds to this occupation's requirements the skill's shared requirement with that importance (requirements
    /// are immutable and ESCO's carry no level: some 25,000 objects instead of 124,000, made while reading so that
    /// building a role only copies a list); false when the occupation requires the skill already.
    /// </summary>
    /// <remarks>The check compares with the skill's two instances: a scan, as occupations have tens of skills (at
    /// most 340 in v1.1.1), cheaper than a hash set per occupation kept until the roles are built.</remarks>
    public bool AddRequirement(EscoConcept skill, RequirementImportance importance)
    {
        var requirements = Requirements ??= [];
        foreach (var listed in System.Runtime.InteropServices.CollectionsMarshal.AsSpan(requirements))
        {
            if (ReferenceEquals(listed, skill.essential) || ReferenceEquals(listed, skill.optional))
            {
                return false;
            }
        }

        requirements.Add(importance == RequirementImportance.Essential
            ? skill.essential ??= new CompetencyRequirement(skill.Uri, importance: importance)
            : skill.optional ??= new CompetencyRequirement(skill.Uri, importance: importance));
        return true;
    }
}
