namespace RoleModel.Interop.Esco;

/// <summary>How an ESCO CSV release is imported. Immutable once constructed.</summary>
public sealed class EscoImportOptions
{
    /// <summary>The default options: language <c>en</c>, no version, skills and occupations.</summary>
    public static EscoImportOptions Default { get; } = new();

    /// <summary>The language of the release files (their <c>_en</c> suffix) and of the imported texts; defaults to <c>en</c>.</summary>
    public string Language { get; init; } = "en";

    /// <summary>The release version recorded on the framework, such as <c>1.1.1</c>; defaults to none.</summary>
    public string? Version { get; init; }

    /// <summary>
    /// The day the release was issued; with <see cref="Version"/>, the catalogue's identity (<c>esco</c>, the
    /// release, that day, the European Commission). Defaults to none: no identity.
    /// </summary>
    public NodaTime.LocalDate? Issued { get; init; }

    /// <summary>
    /// Whether to read only the occupations pillar (occupations, ISCO groups, occupation hierarchy), for
    /// partial releases and release comparisons; the framework is then empty and roles have no requirements.
    /// Defaults to false.
    /// </summary>
    public bool OccupationsOnly { get; init; }
}
