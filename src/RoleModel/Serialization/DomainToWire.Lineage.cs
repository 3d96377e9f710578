using RoleModel.Serialization.Wire;

namespace RoleModel.Serialization;

/// <summary>Writes the catalogue's lineage facts as the top-level <c>lineage</c> array of format 1.1.</summary>
internal static partial class DomainToWire
{
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
