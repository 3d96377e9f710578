namespace RoleModel.Interop.Esco;

/// <summary>An ISCO-08 group of ESCO's occupation pillar (ISCOGroups_en.csv), such as <c>2654</c>. Immutable.</summary>
/// <remarks>Equality: all members equal.</remarks>
public sealed class IscoGroup : IEquatable<IscoGroup>
{
    /// <summary>Creates a group.</summary>
    /// <param name="uri">The ESCO URI.</param>
    /// <param name="code">The ISCO code, one to four digits.</param>
    /// <param name="title">The preferred label.</param>
    /// <param name="description">The description; defaults to empty.</param>
    /// <param name="broaderUri">The URI of the broader group, or null for a top group.</param>
    /// <param name="extensions">The other columns, named as in <see cref="EscoExtensionNames"/>; defaults to none.</param>
    /// <exception cref="ArgumentNullException"><paramref name="uri"/>, <paramref name="code"/> or <paramref name="title"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="uri"/>, <paramref name="code"/> or <paramref name="broaderUri"/> is blank.</exception>
    public IscoGroup(string uri, string code, LocalizedText title, LocalizedText? description = null, string? broaderUri = null, ExtensionData? extensions = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(uri);
        ArgumentException.ThrowIfNullOrWhiteSpace(code);
        ArgumentNullException.ThrowIfNull(title);
        if (broaderUri is not null)
        {
            ArgumentException.ThrowIfNullOrWhiteSpace(broaderUri);
        }

        Uri = uri;
        Code = code;
        Title = title;
        Description = description ?? LocalizedText.Empty;
        BroaderUri = broaderUri;
        Extensions = extensions ?? ExtensionData.Empty;
    }

    /// <summary>The ESCO URI.</summary>
    public string Uri { get; }

    /// <summary>The ISCO code.</summary>
    public string Code { get; }

    /// <summary>The preferred label.</summary>
    public LocalizedText Title { get; }

    /// <summary>The description, possibly empty.</summary>
    public LocalizedText Description { get; }

    /// <summary>The URI of the broader group, or null.</summary>
    public string? BroaderUri { get; }

    /// <summary>The other columns of the row.</summary>
    public ExtensionData Extensions { get; }

    /// <inheritdoc />
    public bool Equals(IscoGroup? other) =>
        other is not null
        && string.Equals(Uri, other.Uri, StringComparison.Ordinal)
        && string.Equals(Code, other.Code, StringComparison.Ordinal)
        && Title.Equals(other.Title)
        && Description.Equals(other.Description)
        && string.Equals(BroaderUri, other.BroaderUri, StringComparison.Ordinal)
        && Extensions.Equals(other.Extensions);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as IscoGroup);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Uri, Code);

    /// <summary>The code.</summary>
    /// <returns>The code.</returns>
    public override string ToString() => Code;
}
