using System.Collections.Immutable;
using RoleModel.Serialization.Wire;

namespace RoleModel.Serialization;

/// <summary>Maps the top-level <c>lineage</c> array of format 1.1 (see docs/format.md, <em>Lineage</em>).</summary>
internal sealed partial class WireToDomain
{
    private ImmutableArray<RoleLineage> Lineage(List<LineageDto?>? lineage) => Items(lineage, "lineage", MapLineage);

    private RoleLineage? MapLineage(LineageDto dto)
    {
        var role = Required(dto.Role, "role");
        var kind = Enumeration(dto.Kind, "kind", WireValues.ParseLineageKind, WireValues.LineageKindValues);
        var from = Required(dto.From, "from");
        var effective = Date(dto.Effective, "effective", required: true);
        var tasks = Identifiers(dto.Tasks, "tasks");
        if (role is null || kind is null || from is null || effective is null || tasks is null)
        {
            return null;
        }

        try
        {
            return new RoleLineage(role, kind.Value, from, effective.Value, tasks, dto.Reason, Extensions(dto.Extensions));
        }
        catch (ArgumentException e)
        {
            Invalid(e, e.ParamName switch { "taskIds" => "tasks", "sourceRoleId" => "from", _ => "role" });
            return null;
        }
    }
}
