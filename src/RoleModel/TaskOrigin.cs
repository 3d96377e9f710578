namespace RoleModel;

/// <summary>How a task came to a role.</summary>
public enum TaskOrigin
{
    /// <summary>Assigned by the organisation.</summary>
    Assigned,

    /// <summary>Found and taken up by the role holder.</summary>
    SelfInitiated,

    /// <summary>Handed over from another role.</summary>
    Delegated,

    /// <summary>Inherited from the template role.</summary>
    Inherited,
}
