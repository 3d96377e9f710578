namespace RoleModel;

/// <summary>How a role came from another (see <see cref="RoleLineage"/>). Each reads "the role ... the source role".</summary>
public enum RoleLineageKind
{
    /// <summary>The role was created from tasks of the source role, which goes on (for example a data officer created from work the CDO delegated).</summary>
    CreatedFrom,

    /// <summary>The role is a part split off the source role; the source goes on with the rest or ends.</summary>
    SplitFrom,

    /// <summary>The source role was merged into this role: its tasks moved here and the source ends.</summary>
    MergedFrom,
}
