using System.Collections.Immutable;
using NodaTime;

namespace RoleModel;

/// <summary>
/// A dated fact of a role's descent: on <see cref="EffectiveOn"/> the role <see cref="RoleId"/> was created
/// from, split from or merged with the role <see cref="SourceRoleId"/>. Immutable.
/// </summary>
/// <remarks>
/// <para>Lineage answers where a role's tasks came from (see <c>RoleModel.Evolution.TaskSources</c>): tasks
/// the source delegated to the role, tasks named in <see cref="TaskIds"/>, and tasks the role has under the same
/// identifier as a task of the source. Catalogue validation checks that both roles exist, that they differ,
/// that each listed task occurs in the role's history, and that no fact is recorded twice.</para>
/// <para>Equality: all members equal, <see cref="TaskIds"/> in the same order.</para>
/// </remarks>
public sealed class RoleLineage : IEquatable<RoleLineage>
{
    /// <summary>Creates a lineage fact.</summary>
    /// <param name="roleId">The role that descends.</param>
    /// <param name="kind">How it descends.</param>
    /// <param name="sourceRoleId">The role it descends from; must differ from <paramref name="roleId"/>.</param>
    /// <param name="effectiveOn">The day it took effect.</param>
    /// <param name="taskIds">The role's tasks that came from the source, when not evident from delegations; distinct.</param>
    /// <param name="reason">Why, in plain words; optional.</param>
    /// <param name="extensions">Unknown JSON members, kept for round trips.</param>
    /// <exception cref="ArgumentNullException">An identifier is null.</exception>
    /// <exception cref="ArgumentException">An identifier is not valid, the role descends from itself, or a task is listed twice.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> is not defined.</exception>
    public RoleLineage(
        string roleId,
        RoleLineageKind kind,
        string sourceRoleId,
        LocalDate effectiveOn,
        IEnumerable<string>? taskIds = null,
        string? reason = null,
        ExtensionData? extensions = null)
    {
        RoleId = Preconditions.CheckIdentifier(roleId);
        Kind = Preconditions.CheckDefined(kind);
        SourceRoleId = Preconditions.CheckIdentifier(sourceRoleId);
        if (string.Equals(RoleId, SourceRoleId, StringComparison.Ordinal))
        {
            throw new ArgumentException($"A role cannot descend from itself ('{RoleId}').", nameof(sourceRoleId));
        }

        EffectiveOn = effectiveOn;
        TaskIds = Preconditions.CheckDistinctIdentifiers(taskIds);
        Reason = reason ?? string.Empty;
        Extensions = extensions ?? ExtensionData.Empty;
    }

    /// <summary>The role that descends.</summary>
    public string RoleId { get; }

    /// <summary>How it descends.</summary>
    public RoleLineageKind Kind { get; }

    /// <summary>The role it descends from.</summary>
    public string SourceRoleId { get; }

    /// <summary>The day it took effect.</summary>
    public LocalDate EffectiveOn { get; }

    /// <summary>The role's tasks that came from the source, beyond those evident from delegations; may be empty.</summary>
    public ImmutableArray<string> TaskIds { get; }

    /// <summary>Why; empty when not given.</summary>
    public string Reason { get; }

    /// <summary>Unknown JSON members, kept for round trips.</summary>
    public ExtensionData Extensions { get; }

    /// <inheritdoc />
    public bool Equals(RoleLineage? other) =>
        other is not null
        && string.Equals(RoleId, other.RoleId, StringComparison.Ordinal)
        && Kind == other.Kind
        && string.Equals(SourceRoleId, other.SourceRoleId, StringComparison.Ordinal)
        && EffectiveOn == other.EffectiveOn
        && Equality.Sequence(TaskIds, other.TaskIds)
        && string.Equals(Reason, other.Reason, StringComparison.Ordinal)
        && Extensions.Equals(other.Extensions);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as RoleLineage);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(RoleId, Kind, SourceRoleId, EffectiveOn);

    /// <summary>The fact in words, such as <c>data-officer createdFrom cdo on 2023-09-01</c>.</summary>
    /// <returns>The fact as text.</returns>
    public override string ToString() =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{RoleId} {System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(Kind.ToString())} {SourceRoleId} on {EffectiveOn:uuuu-MM-dd}");
}
