namespace RoleModel;

/// <summary>
/// A field of responsibility of a role, such as "digital strategy", with the share of working time
/// expected to go into it. Immutable.
/// </summary>
/// <remarks>Equality: the same identifier, name, expected share and extension data.</remarks>
public sealed class ResponsibilityArea : IEquatable<ResponsibilityArea>
{
    /// <summary>Creates a responsibility area.</summary>
    /// <param name="id">The identifier, unique within the role.</param>
    /// <param name="name">The name.</param>
    /// <param name="expectedShare">The expected share of working time; defaults to 0 to 100 %.</param>
    /// <param name="extensions">Unknown JSON members to keep; defaults to none.</param>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> or <paramref name="name"/> is null.</exception>
    /// <exception cref="ArgumentException">The identifier is blank.</exception>
    public ResponsibilityArea(string id, LocalizedText name, ShareRange? expectedShare = null, ExtensionData? extensions = null)
    {
        Id = Preconditions.CheckIdentifier(id);
        Name = Preconditions.CheckNotNull(name);
        ExpectedShare = expectedShare ?? ShareRange.Full;
        Extensions = extensions ?? ExtensionData.Empty;
    }

    /// <summary>The identifier, unique within the role.</summary>
    public string Id { get; }

    /// <summary>The name.</summary>
    public LocalizedText Name { get; }

    /// <summary>The expected share of working time.</summary>
    public ShareRange ExpectedShare { get; }

    /// <summary>Unknown JSON members kept from the document.</summary>
    public ExtensionData Extensions { get; }

    /// <inheritdoc />
    public bool Equals(ResponsibilityArea? other) =>
        other is not null
        && string.Equals(Id, other.Id, StringComparison.Ordinal)
        && Name.Equals(other.Name)
        && ExpectedShare == other.ExpectedShare
        && Extensions.Equals(other.Extensions);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as ResponsibilityArea);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Id, ExpectedShare);

    /// <summary>The identifier.</summary>
    /// <returns>The identifier.</returns>
    public override string ToString() => Id;
}
