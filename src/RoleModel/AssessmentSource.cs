namespace RoleModel;

/// <summary>Who or what established a competency assessment.</summary>
public enum AssessmentSource
{
    /// <summary>The person's own rating.</summary>
    Self,

    /// <summary>The person's manager.</summary>
    Manager,

    /// <summary>A certificate or diploma.</summary>
    Certificate,

    /// <summary>A test or assessment centre.</summary>
    Test,

    /// <summary>Taken over from another system.</summary>
    Imported,
}
