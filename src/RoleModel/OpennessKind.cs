namespace RoleModel;

/// <summary>How free a role is to find its own tasks.</summary>
public enum OpennessKind
{
    /// <summary>A fixed list of duties; no self-initiated work.</summary>
    Fixed,

    /// <summary>Tasks are framed by responsibility areas; some self-initiated work within them.</summary>
    Framed,

    /// <summary>An open task space within a mission: the holder finds much of the work.</summary>
    Open,
}
