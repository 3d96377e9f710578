using RoleModel.Serialization.Wire;

namespace RoleModel.Serialization;

/// <summary>Writes the catalogue's lineage facts as the top-level <c>lineage</c> array of format 1.1.</summary>
internal static partial class DomainToWire
{
    /// <summary>The version a catalogue is written in: 1.1 when it has lineage facts, else 1.0, so that 1.0 documents round-trip unchanged.</summary>
    private static string VersionFor(Catalogue catalogue) => catalogue.Lineage.IsEmpty ? FormatVersion.Current : FormatVersion.WithLineage;

    private static LineageDto? Map(RoleLineage lineage) => new()
    {
        Role = lineage.RoleId,
        Kind = WireValues.Format(lineage.Kind),
        From = lineage.SourceRoleId,
        Effective = WireValues.Format(lineage.EffectiveOn),
        Tasks = lineage.TaskIds.IsEmpty ? null : [.. lineage.TaskIds],
        Reason = lineage.Reason.Length == 0 ? null : lineage.Reason,
        Extensions = Extensions<LineageDto>(lineage.Extensions),
    };
}
