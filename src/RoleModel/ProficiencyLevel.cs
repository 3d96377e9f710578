namespace RoleModel;

/// <summary>One level of a <see cref="ProficiencyScale"/>, such as <c>e-3</c>. Immutable.</summary>
/// <remarks>Equality: the same code (ordinal), label, description and extension data.</remarks>
public sealed class ProficiencyLevel : IEquatable<ProficiencyLevel>
{
    /// <summary>Creates a level.</summary>
    /// <param name="code">The code, unique within its scale, such as <c>e-3</c> or <c>5</c>.</param>
    /// <param name="label">A short label; defaults to empty.</param>
    /// <param name="description">A longer description; defaults to empty.</param>
    /// <param name="extensions">Unknown JSON members to keep; defaults to none.</param>
    /// <exception cref="ArgumentException"><paramref name="code"/> is empty or padded with white space.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="code"/> is null.</exception>
    public ProficiencyLevel(string code, LocalizedText? label = null, LocalizedText? description = null, ExtensionData? extensions = null)
    {
        Code = Preconditions.CheckIdentifier(code);
        Label = label ?? LocalizedText.Empty;
        Description = description ?? LocalizedText.Empty;
        Extensions = extensions ?? ExtensionData.Empty;
    }

    /// <summary>The code, unique within its scale.</summary>
    public string Code { get; }

    /// <summary>A short label, possibly empty.</summary>
    public LocalizedText Label { get; }

    /// <summary>A longer description, possibly empty.</summary>
    public LocalizedText Description { get; }

    /// <summary>Unknown JSON members kept from the document.</summary>
    public ExtensionData Extensions { get; }

    /// <inheritdoc />
    public bool Equals(ProficiencyLevel? other) =>
        ReferenceEquals(this, other)
        || (other is not null
            && string.Equals(Code, other.Code, StringComparison.Ordinal)
            && Label.Equals(other.Label)
            && Description.Equals(other.Description)
            && Extensions.Equals(other.Extensions));

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as ProficiencyLevel);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Code, Label);

    /// <summary>The code.</summary>
    /// <returns>The code.</returns>
    public override string ToString() => Code;
}
