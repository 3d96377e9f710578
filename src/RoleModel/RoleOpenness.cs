namespace RoleModel;

/// <summary>
/// A role's degree of freedom: its <see cref="OpennessKind"/> and the share of working time that is
/// expected to be self-directed (spent on self-initiated tasks). Immutable.
/// </summary>
/// <remarks>A fixed role's self-directed share is exactly 0 %. Equality: the same kind, range and extension data.</remarks>
public sealed class RoleOpenness : IEquatable<RoleOpenness>
{
    /// <summary>A fixed role: no self-directed work.</summary>
    public static RoleOpenness Fixed { get; } = new(OpennessKind.Fixed, ShareRange.None);

    /// <summary>Creates an openness.</summary>
    /// <param name="kind">The kind.</param>
    /// <param name="selfDirectedShare">The expected share of self-directed work, in percent of working time.</param>
    /// <param name="extensions">Unknown JSON members to keep; defaults to none.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> is undefined.</exception>
    /// <exception cref="ArgumentException">A fixed role allows a self-directed share above 0 %.</exception>
    public RoleOpenness(OpennessKind kind, ShareRange selfDirectedShare, ExtensionData? extensions = null)
    {
        Kind = Preconditions.CheckDefined(kind);
        if (kind == OpennessKind.Fixed && selfDirectedShare.Maximum != 0m)
        {
            throw new ArgumentException("A fixed role must not allow a self-directed share above 0 %.", nameof(selfDirectedShare));
        }

        SelfDirectedShare = selfDirectedShare;
        Extensions = extensions ?? ExtensionData.Empty;
    }

    /// <summary>A framed role with an expected self-directed share.</summary>
    /// <param name="selfDirectedShare">The expected self-directed share.</param>
    /// <returns>The openness.</returns>
    public static RoleOpenness Framed(ShareRange selfDirectedShare) => new(OpennessKind.Framed, selfDirectedShare);

    /// <summary>An open role with an expected self-directed share.</summary>
    /// <param name="selfDirectedShare">The expected self-directed share.</param>
    /// <returns>The openness.</returns>
    public static RoleOpenness Open(ShareRange selfDirectedShare) => new(OpennessKind.Open, selfDirectedShare);

    /// <summary>The kind.</summary>
    public OpennessKind Kind { get; }

    /// <summary>The expected share of self-directed work, in percent of working time.</summary>
    public ShareRange SelfDirectedShare { get; }

    /// <summary>Unknown JSON members kept from the document.</summary>
    public ExtensionData Extensions { get; }

    /// <inheritdoc />
    public bool Equals(RoleOpenness? other) =>
        other is not null && Kind == other.Kind && SelfDirectedShare == other.SelfDirectedShare && Extensions.Equals(other.Extensions);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as RoleOpenness);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Kind, SelfDirectedShare);

    /// <summary>The kind and range, such as <c>Open 30–80 %</c>.</summary>
    /// <returns>The openness as text.</returns>
    public override string ToString() => $"{Kind} {SelfDirectedShare}";
}
