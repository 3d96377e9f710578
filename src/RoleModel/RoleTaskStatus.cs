namespace RoleModel;

/// <summary>Where a task stands. Only active tasks take working time.</summary>
public enum RoleTaskStatus
{
    /// <summary>Agreed, not yet started.</summary>
    Planned,

    /// <summary>Being done; counts towards the role's time shares.</summary>
    Active,

    /// <summary>Paused for a while.</summary>
    Suspended,

    /// <summary>No longer done.</summary>
    Retired,
}
