using System.Collections.Immutable;
using NodaTime;

namespace RoleModel.History;

/// <summary>
/// One entry of a <see cref="RoleHistory"/>: a dated change to a role or its task profile, who recorded it
/// and why. Immutable; created by the factory methods, one for each <see cref="RoleChangeKind"/>.
/// </summary>
/// <remarks>
/// <para>Bitemporal: <see cref="EffectiveOn"/> is the day the change takes effect in the role's life (valid
/// time); <see cref="RecordedAt"/> is the instant it entered the record (transaction time). A change recorded
/// later may take effect on an earlier day: that is a retroactive correction, and what was known before it
/// stays answerable.</para>
/// <para>One class with a <see cref="Kind"/> and a payload, rather than one class per kind: the payload
/// members a kind does not use are null, which maps one to one onto a JSON object with a <c>kind</c>
/// member. Task and requirement payloads are whole new versions, not patches, so that a projection picks
/// one version per task instead of folding patches.</para>
/// <para>Equality: all members equal.</para>
/// </remarks>
public sealed partial class RoleChange : IEquatable<RoleChange>
{
    private RoleChange(
        string id,
        RoleChangeKind kind,
        LocalDate effectiveOn,
        Instant recordedAt,
        string author,
        string? reason,
        bool isProposal,
        ExtensionData? extensions)
    {
        Id = Preconditions.CheckIdentifier(id);
        Kind = kind;
        if (effectiveOn.Calendar != CalendarSystem.Iso)
        {
            throw new ArgumentException("The effective day of a change must be in the ISO calendar.", nameof(effectiveOn));
        }

        EffectiveOn = effectiveOn;
        RecordedAt = recordedAt;
        Author = Preconditions.CheckIdentifier(author);
        Reason = reason ?? string.Empty;
        IsProposal = isProposal;
        Extensions = extensions ?? ExtensionData.Empty;
    }

    /// <summary>The identifier, unique within the history.</summary>
    public string Id { get; }

    /// <summary>What the change does; it decides which payload members are set.</summary>
    public RoleChangeKind Kind { get; }

    /// <summary>The day the change takes effect (valid time); for a decision, the day it was taken.</summary>
    public LocalDate EffectiveOn { get; }

    /// <summary>The instant the change was recorded (transaction time).</summary>
    public Instant RecordedAt { get; }

    /// <summary>Who recorded the change, such as a pseudonymous person identifier.</summary>
    public string Author { get; }

    /// <summary>Why the change was made, possibly empty.</summary>
    public string Reason { get; }

    /// <summary>Whether the change was recorded as a proposal that takes effect only once accepted.</summary>
    public bool IsProposal { get; }

    /// <summary>The new version of the task (<see cref="RoleChangeKind.TaskAdded"/>, <see cref="RoleChangeKind.TaskChanged"/>), else null.</summary>
    public RoleTask? Task { get; private init; }

    /// <summary>The task concerned (every task kind), else null.</summary>
    public string? TaskId { get; private init; }

    /// <summary>The role a task is delegated to (<see cref="RoleChangeKind.TaskDelegated"/>), else null.</summary>
    public string? TargetRoleId { get; private init; }

    /// <summary>The new version of the requirement (added or changed), else null.</summary>
    public CompetencyRequirement? Requirement { get; private init; }

    /// <summary>The requirement concerned (every requirement kind), else null.</summary>
    public string? RequirementId { get; private init; }

    /// <summary>The new title (<see cref="RoleChangeKind.MetadataChanged"/>), or null when unchanged.</summary>
    public LocalizedText? Title { get; private init; }

    /// <summary>The new purpose (<see cref="RoleChangeKind.MetadataChanged"/>), or null when unchanged.</summary>
    public LocalizedText? Purpose { get; private init; }

    /// <summary>The new outcomes (<see cref="RoleChangeKind.MetadataChanged"/>), or null when unchanged.</summary>
    public ImmutableArray<LocalizedText>? Outcomes { get; private init; }

    /// <summary>The new openness and its bounds (<see cref="RoleChangeKind.MetadataChanged"/>), or null when unchanged.</summary>
    public RoleOpenness? Openness { get; private init; }

    /// <summary>The new responsibility areas (<see cref="RoleChangeKind.MetadataChanged"/>), or null when unchanged.</summary>
    public ImmutableArray<ResponsibilityArea>? Areas { get; private init; }

    /// <summary>The new template (<see cref="RoleChangeKind.TemplateChanged"/>); null there means the role no longer derives from one.</summary>
    public RoleTemplate? Template { get; private init; }

    /// <summary>The proposal decided (<see cref="RoleChangeKind.ProposalDecided"/>), else null.</summary>
    public string? ProposalId { get; private init; }

    /// <summary>The decision (<see cref="RoleChangeKind.ProposalDecided"/>): accepted, rejected or withdrawn; else null.</summary>
    public ProposalState? Decision { get; private init; }

    /// <summary>Unknown JSON members kept from the document.</summary>
    public ExtensionData Extensions { get; }

    /// <summary>Whether the change concerns a task.</summary>
    public bool IsTaskChange => Kind is RoleChangeKind.TaskAdded or RoleChangeKind.TaskChanged or RoleChangeKind.TaskDelegated or RoleChangeKind.TaskRetired;

    /// <inheritdoc />
    public bool Equals(RoleChange? other) =>
        ReferenceEquals(this, other)
        || (other is not null
            && string.Equals(Id, other.Id, StringComparison.Ordinal)
            && Kind == other.Kind
            && EffectiveOn == other.EffectiveOn
            && RecordedAt == other.RecordedAt
            && string.Equals(Author, other.Author, StringComparison.Ordinal)
            && string.Equals(Reason, other.Reason, StringComparison.Ordinal)
            && IsProposal == other.IsProposal
            && Equals(Task, other.Task)
            && string.Equals(TaskId, other.TaskId, StringComparison.Ordinal)
            && string.Equals(TargetRoleId, other.TargetRoleId, StringComparison.Ordinal)
            && Equals(Requirement, other.Requirement)
            && string.Equals(RequirementId, other.RequirementId, StringComparison.Ordinal)
            && Equals(Title, other.Title)
            && Equals(Purpose, other.Purpose)
            && SameOptional(Outcomes, other.Outcomes)
            && Equals(Openness, other.Openness)
            && SameOptional(Areas, other.Areas)
            && Equals(Template, other.Template)
            && string.Equals(ProposalId, other.ProposalId, StringComparison.Ordinal)
            && Decision == other.Decision
            && Extensions.Equals(other.Extensions));

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as RoleChange);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Id, Kind, EffectiveOn, RecordedAt, TaskId, RequirementId);

    /// <summary>The identifier, kind and day, such as <c>c-12 taskAdded 2024-03-01</c>.</summary>
    /// <returns>The change as text.</returns>
    public override string ToString() =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{Id} {Kind} {EffectiveOn:uuuu-MM-dd}");

    private static bool SameOptional<T>(ImmutableArray<T>? left, ImmutableArray<T>? right) =>
        left is { } l ? right is { } r && Equality.Sequence(l, r) : right is null;
}
