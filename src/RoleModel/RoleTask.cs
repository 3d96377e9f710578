using System.Collections.Immutable;

namespace RoleModel;

/// <summary>
/// A task of a role, with the share of working time it takes, as in a German Stellenbeschreibung where the
/// shares of a position's tasks add up to 100 %. Immutable.
/// </summary>
/// <remarks>
/// <para>Named <c>RoleTask</c> to stay clear of <see cref="System.Threading.Tasks.Task"/>.</para>
/// <para>Equality: all members equal, competency uses in the same order.</para>
/// </remarks>
public sealed class RoleTask : IEquatable<RoleTask>
{
    /// <summary>Creates a task.</summary>
    /// <param name="id">The identifier, unique within the role's task profile.</param>
    /// <param name="title">The title.</param>
    /// <param name="share">The share of working time, 0 to 100 %.</param>
    /// <param name="origin">How the task came to the role; defaults to assigned.</param>
    /// <param name="status">Where the task stands; defaults to active.</param>
    /// <param name="areaId">The responsibility area; defaults to none.</param>
    /// <param name="uses">The competencies used; defaults to none.</param>
    /// <param name="description">The description; defaults to empty.</param>
    /// <param name="extensions">Unknown JSON members to keep; defaults to none.</param>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> or <paramref name="title"/> is null.</exception>
    /// <exception cref="ArgumentException">An identifier is blank, or <paramref name="uses"/> holds null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The share lies outside 0 to 100, or an enumeration value is undefined.</exception>
    public RoleTask(
        string id,
        LocalizedText title,
        decimal share,
        TaskOrigin origin = TaskOrigin.Assigned,
        RoleTaskStatus status = RoleTaskStatus.Active,
        string? areaId = null,
        IEnumerable<CompetencyUse>? uses = null,
        LocalizedText? description = null,
        ExtensionData? extensions = null)
    {
        Id = Preconditions.CheckIdentifier(id);
        Title = Preconditions.CheckNotNull(title);
        Share = Preconditions.CheckPercentage(share);
        Origin = Preconditions.CheckDefined(origin);
        Status = Preconditions.CheckDefined(status);
        AreaId = Preconditions.CheckOptionalIdentifier(areaId);
        Uses = Preconditions.CheckItems(uses);
        Description = description ?? LocalizedText.Empty;
        Extensions = extensions ?? ExtensionData.Empty;
    }

    /// <summary>The identifier, unique within the role's task profile.</summary>
    public string Id { get; }

    /// <summary>The title.</summary>
    public LocalizedText Title { get; }

    /// <summary>The description, possibly empty.</summary>
    public LocalizedText Description { get; }

    /// <summary>The share of working time, in percent.</summary>
    public decimal Share { get; }

    /// <summary>How the task came to the role.</summary>
    public TaskOrigin Origin { get; }

    /// <summary>Where the task stands.</summary>
    public RoleTaskStatus Status { get; }

    /// <summary>Whether the task is active and so takes working time.</summary>
    public bool IsActive => Status == RoleTaskStatus.Active;

    /// <summary>The responsibility area, or null.</summary>
    public string? AreaId { get; }

    /// <summary>The competencies used.</summary>
    public ImmutableArray<CompetencyUse> Uses { get; }

    /// <summary>Unknown JSON members kept from the document.</summary>
    public ExtensionData Extensions { get; }

    /// <summary>A copy with another share.</summary>
    /// <param name="share">The share, 0 to 100 %.</param>
    /// <returns>The new task.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The share lies outside 0 to 100.</exception>
    public RoleTask WithShare(decimal share) => new(Id, Title, share, Origin, Status, AreaId, Uses, Description, Extensions);

    /// <summary>A copy with another status.</summary>
    /// <param name="status">The status.</param>
    /// <returns>The new task.</returns>
    public RoleTask WithStatus(RoleTaskStatus status) => new(Id, Title, Share, Origin, status, AreaId, Uses, Description, Extensions);

    /// <inheritdoc />
    public bool Equals(RoleTask? other) =>
        ReferenceEquals(this, other)
        || (other is not null
            && string.Equals(Id, other.Id, StringComparison.Ordinal)
            && Title.Equals(other.Title)
            && Description.Equals(other.Description)
            && Share == other.Share
            && Origin == other.Origin
            && Status == other.Status
            && string.Equals(AreaId, other.AreaId, StringComparison.Ordinal)
            && Equality.Sequence(Uses, other.Uses)
            && Extensions.Equals(other.Extensions));

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as RoleTask);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Id, Title, Share, Origin, Status, AreaId);

    /// <summary>The identifier.</summary>
    /// <returns>The identifier.</returns>
    public override string ToString() => Id;
}
