namespace RoleModel.Evolution;

/// <summary>Where a task of a role came from (see <see cref="TaskSource"/>).</summary>
public enum TaskSourceKind
{
    /// <summary>Another role delegated it to this role: a <c>taskDelegated</c> change in that role's history names this role as target.</summary>
    Delegated,

    /// <summary>It came with a lineage fact: the fact lists it, or the source role had a task with the same identifier.</summary>
    Lineage,

    /// <summary>Neither: the role's own task, assigned to it or found by its holder (see <see cref="TaskOccurrence.Origin"/> of <see cref="TaskSource.Task"/>).</summary>
    Own,
}
