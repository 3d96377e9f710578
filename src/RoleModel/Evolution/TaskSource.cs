using NodaTime;

namespace RoleModel.Evolution;

/// <summary>Where one task of a role came from (see <see cref="TaskSources.Trace"/>). Immutable.</summary>
/// <remarks>Reference equality: a computed answer.</remarks>
public sealed class TaskSource
{
    internal TaskSource(TaskOccurrence task, TaskSourceKind kind, string? sourceRoleId, LocalDate? sourceDay, string? changeId)
    {
        Task = task;
        Kind = kind;
        SourceRoleId = sourceRoleId;
        SourceDay = sourceDay;
        ChangeId = changeId;
    }

    /// <summary>The task in the role: its identifier, title, origin and active days.</summary>
    public TaskOccurrence Task { get; }

    /// <summary>Where it came from.</summary>
    public TaskSourceKind Kind { get; }

    /// <summary>The role it came from; null for <see cref="TaskSourceKind.Own"/>.</summary>
    public string? SourceRoleId { get; }

    /// <summary>The day of the delegation or of the lineage fact; null for <see cref="TaskSourceKind.Own"/>.</summary>
    public LocalDate? SourceDay { get; }

    /// <summary>The identifier of the delegating change in the source role's history; null unless <see cref="TaskSourceKind.Delegated"/>.</summary>
    public string? ChangeId { get; }

    /// <summary>The task and its source, such as <c>data-officer/open-data-portal: delegated by cdo on 2024-01-01</c>.</summary>
    /// <returns>The source as text.</returns>
    public override string ToString() => Kind switch
    {
        TaskSourceKind.Own => $"{Task}: own ({Task.Origin})",
        _ => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{Task}: {(Kind == TaskSourceKind.Delegated ? "delegated by" : "from")} {SourceRoleId} on {SourceDay:uuuu-MM-dd}"),
    };
}
