namespace RoleModel;

/// <summary>Whether a role cannot do without a competency requirement.</summary>
public enum RequirementImportance
{
    /// <summary>The role cannot be held without it (ESCO "essential").</summary>
    Essential,

    /// <summary>Useful, not indispensable (ESCO "optional").</summary>
    Optional,
}
