using NodaTime;

namespace RoleModel.Interop.Standards;

/// <summary>Which state of a role an export writes: the role on a day, as known at an instant (RoleModel never reads the clock). Immutable.</summary>
public sealed class RoleExportOptions
{
    /// <summary>Creates options.</summary>
    /// <param name="asOf">The day whose role and task profile are written.</param>
    /// <param name="knownAt">What was on record at this instant is written.</param>
    public RoleExportOptions(LocalDate asOf, Instant knownAt)
    {
        AsOf = asOf;
        KnownAt = knownAt;
    }

    /// <summary>The day whose role and task profile are written.</summary>
    public LocalDate AsOf { get; }

    /// <summary>The instant of knowledge.</summary>
    public Instant KnownAt { get; }

    /// <summary>The language whose texts are written where the target holds one text (with the fallback of <see cref="LocalizedText"/>); defaults to <c>en</c>.</summary>
    public string Language { get; init; } = "en";
}
