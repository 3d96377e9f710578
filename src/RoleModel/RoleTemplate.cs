using System.Collections.Immutable;

namespace RoleModel;

/// <summary>
/// The role a derived role is based on, and what the derived role drops from it. Immutable.
/// </summary>
/// <remarks>
/// <para>A derived role inherits its template's purpose and outcomes when it has none of its own, and its
/// requirements and responsibility areas: one of its own with the same identifier overrides the inherited
/// one, and the identifiers listed here are removed. See <see cref="Catalogue.Resolve"/>.</para>
/// <para>Equality: the same template identifier, removals in the same order, and extension data.</para>
/// </remarks>
public sealed class RoleTemplate : IEquatable<RoleTemplate>
{
    /// <summary>Creates a template reference.</summary>
    /// <param name="roleId">The identifier of the template role.</param>
    /// <param name="removedRequirementIds">Identifiers of inherited requirements to drop; defaults to none.</param>
    /// <param name="removedAreaIds">Identifiers of inherited responsibility areas to drop; defaults to none.</param>
    /// <param name="extensions">Unknown JSON members to keep; defaults to none.</param>
    /// <exception cref="ArgumentNullException"><paramref name="roleId"/> is null.</exception>
    /// <exception cref="ArgumentException">An identifier is blank or repeated.</exception>
    public RoleTemplate(
        string roleId,
        IEnumerable<string>? removedRequirementIds = null,
        IEnumerable<string>? removedAreaIds = null,
        ExtensionData? extensions = null)
    {
        RoleId = Preconditions.CheckIdentifier(roleId);
        RemovedRequirementIds = Preconditions.CheckDistinctIdentifiers(removedRequirementIds);
        RemovedAreaIds = Preconditions.CheckDistinctIdentifiers(removedAreaIds);
        Extensions = extensions ?? ExtensionData.Empty;
    }

    /// <summary>The identifier of the template role.</summary>
    public string RoleId { get; }

    /// <summary>Identifiers of inherited requirements that the derived role drops.</summary>
    public ImmutableArray<string> RemovedRequirementIds { get; }

    /// <summary>Identifiers of inherited responsibility areas that the derived role drops.</summary>
    public ImmutableArray<string> RemovedAreaIds { get; }

    /// <summary>Unknown JSON members kept from the document.</summary>
    public ExtensionData Extensions { get; }

    /// <inheritdoc />
    public bool Equals(RoleTemplate? other) =>
        other is not null
        && string.Equals(RoleId, other.RoleId, StringComparison.Ordinal)
        && Equality.Sequence(RemovedRequirementIds, other.RemovedRequirementIds)
        && Equality.Sequence(RemovedAreaIds, other.RemovedAreaIds)
        && Extensions.Equals(other.Extensions);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as RoleTemplate);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(RoleId, RemovedRequirementIds.Length, RemovedAreaIds.Length);

    /// <summary>The template role's identifier.</summary>
    /// <returns>The identifier.</returns>
    public override string ToString() => RoleId;
}
