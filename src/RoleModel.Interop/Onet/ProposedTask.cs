using NodaTime;

namespace RoleModel.Interop.Onet;

/// <summary>
/// A task that O*NET proposes for an occupation (a row of Emerging Tasks): a new task, or a revision of an
/// existing one, dated by the month it was found. A proposed change to the role's task profile, not yet part
/// of it. Immutable.
/// </summary>
/// <remarks>Equality: all members equal.</remarks>
public sealed class ProposedTask : IEquatable<ProposedTask>
{
    /// <summary>Creates a proposed task.</summary>
    /// <param name="roleId">The occupation (O*NET-SOC code), the role it is proposed for.</param>
    /// <param name="title">The task statement.</param>
    /// <param name="category">Whether it is new or revises a task.</param>
    /// <param name="date">The month it was found (the <c>Date</c> column, such as 08/2024).</param>
    /// <param name="originalTaskId">The task it revises, or null.</param>
    /// <param name="originalTask">The statement of the task it revises, or null.</param>
    /// <param name="domainSource">Where it came from, such as <c>Incumbent</c>, or null.</param>
    /// <exception cref="ArgumentNullException"><paramref name="roleId"/> or <paramref name="title"/> is null.</exception>
    /// <exception cref="ArgumentException">A string is blank, or <paramref name="category"/> is undefined.</exception>
    public ProposedTask(string roleId, string title, EmergingTaskCategory category, YearMonth date, string? originalTaskId = null, string? originalTask = null, string? domainSource = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(roleId);
        ArgumentException.ThrowIfNullOrWhiteSpace(title);
        if (!Enum.IsDefined(category))
        {
            throw new ArgumentException("The category must be one of the values defined by EmergingTaskCategory.", nameof(category));
        }

        RoleId = roleId;
        Title = title;
        Category = category;
        Date = date;
        OriginalTaskId = Optional(originalTaskId, nameof(originalTaskId));
        OriginalTask = Optional(originalTask, nameof(originalTask));
        DomainSource = Optional(domainSource, nameof(domainSource));
    }

    /// <summary>The occupation (O*NET-SOC code).</summary>
    public string RoleId { get; }

    /// <summary>The task statement.</summary>
    public string Title { get; }

    /// <summary>Whether it is new or revises a task.</summary>
    public EmergingTaskCategory Category { get; }

    /// <summary>The month it was found.</summary>
    public YearMonth Date { get; }

    /// <summary>The task it revises, or null.</summary>
    public string? OriginalTaskId { get; }

    /// <summary>The statement of the task it revises, or null.</summary>
    public string? OriginalTask { get; }

    /// <summary>Where it came from, or null.</summary>
    public string? DomainSource { get; }

    /// <inheritdoc />
    public bool Equals(ProposedTask? other) =>
        other is not null
        && string.Equals(RoleId, other.RoleId, StringComparison.Ordinal)
        && string.Equals(Title, other.Title, StringComparison.Ordinal)
        && Category == other.Category
        && Date == other.Date
        && string.Equals(OriginalTaskId, other.OriginalTaskId, StringComparison.Ordinal)
        && string.Equals(OriginalTask, other.OriginalTask, StringComparison.Ordinal)
        && string.Equals(DomainSource, other.DomainSource, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as ProposedTask);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(RoleId, Title, Category, Date);

    /// <summary>The task as <c>role: title</c>.</summary>
    /// <returns>The task as text.</returns>
    public override string ToString() => $"{RoleId}: {Title}";

    private static string? Optional(string? value, string name)
    {
        if (value is not null)
        {
            ArgumentException.ThrowIfNullOrWhiteSpace(value, name);
        }

        return value;
    }
}
