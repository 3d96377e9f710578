namespace RoleModel.Interop.Onet;

/// <summary>What an O*NET emerging task proposes (the <c>Category</c> column of Emerging Tasks).</summary>
public enum EmergingTaskCategory
{
    /// <summary>A task the occupation does not have yet.</summary>
    New,

    /// <summary>A new wording of an existing task (<see cref="ProposedTask.OriginalTaskId"/>).</summary>
    Revision,
}
