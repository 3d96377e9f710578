using System.Collections.Immutable;

namespace RoleModel.Evolution;

/// <summary>Where a role and its tasks came from (see <see cref="TaskSources.Trace"/>). Immutable.</summary>
/// <remarks>Reference equality: a computed answer.</remarks>
public sealed class RoleProvenance
{
    internal RoleProvenance(string roleId, ImmutableArray<RoleLineage> ancestry, ImmutableArray<RoleLineage> descendants, ImmutableArray<TaskSource> tasks)
    {
        RoleId = roleId;
        Ancestry = ancestry;
        Descendants = descendants;
        Tasks = tasks;
    }

    /// <summary>The role traced.</summary>
    public string RoleId { get; }

    /// <summary>The lineage facts of this role (it was created from, split from or merged with another), by day.</summary>
    public ImmutableArray<RoleLineage> Ancestry { get; }

    /// <summary>The lineage facts of roles that descend from this one, by day.</summary>
    public ImmutableArray<RoleLineage> Descendants { get; }

    /// <summary>Every task the role ever had, as known at the instant traced, in the order its history first mentions them.</summary>
    public ImmutableArray<TaskSource> Tasks { get; }
}
