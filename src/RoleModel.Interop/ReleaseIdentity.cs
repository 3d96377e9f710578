using NodaTime;

namespace RoleModel.Interop;

/// <summary>The identity of an imported release: the catalogue's id, the release as version, its day and publisher.</summary>
internal static class ReleaseIdentity
{
    /// <summary>The identity, or null unless both the release and its day are known (nothing is guessed).</summary>
    internal static CatalogueIdentity? Of(string id, string? version, LocalDate? issued, string publisher) =>
        version is not null && issued is { } day ? new CatalogueIdentity(id, version, day, publisher) : null;
}
