namespace RoleModel.Interop;

/// <summary>How far a long import has come, for <see cref="IProgress{T}"/>: the stage (usually the file being
/// read), the records done in that stage, and the total when it is known. Immutable.</summary>
/// <param name="Stage">The stage, such as the file name <c>skills_en.csv.gz</c>.</param>
/// <param name="RowsDone">The records read in this stage so far.</param>
/// <param name="TotalRows">The records of this stage, or null when unknown (CSV files are not counted ahead).</param>
/// <remarks>Equality: all members equal.</remarks>
public readonly record struct ImportProgress(string Stage, long RowsDone, long? TotalRows)
{
    /// <summary>The stage, such as the file name <c>skills_en.csv.gz</c>.</summary>
    public string Stage { get; } = Stage;

    /// <summary>The records read in this stage so far.</summary>
    public long RowsDone { get; } = RowsDone;

    /// <summary>The records of this stage, or null when unknown (CSV files are not counted ahead).</summary>
    public long? TotalRows { get; } = TotalRows;
}
