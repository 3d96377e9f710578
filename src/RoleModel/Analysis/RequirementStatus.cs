namespace RoleModel.Analysis;

/// <summary>How far a person meets one requirement of a role on a day (see docs/analysis.md).</summary>
public enum RequirementStatus
{
    /// <summary>A valid assessment reaches the required level (or, for a requirement without a level, exists).</summary>
    Met,

    /// <summary>A valid assessment on a comparable scale is below the required level.</summary>
    PartlyMet,

    /// <summary>No valid assessment of the competency (or of any member of a group) exists on the day.</summary>
    Missing,

    /// <summary>A valid assessment exists, but on a scale that no declared mapping connects to the required one.</summary>
    NotComparable,
}
