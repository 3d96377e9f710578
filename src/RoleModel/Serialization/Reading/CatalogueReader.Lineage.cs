using System.Collections.Immutable;
using System.Text.Json;

namespace RoleModel.Serialization.Reading;

/// <summary>The top-level <c>lineage</c> array of format 1.1: dated facts of which role descends from which.</summary>
internal sealed partial class CatalogueReader
{
    private readonly ItemReader<RoleLineage> readLineage;

    private RoleLineage? Lineage(ref Utf8JsonReader reader)
    {
        var state = Open(ref reader, LineageMembers.Table);
        using var release = Release(state);
        string? role = null, kindText = null, from = null, effectiveText = null, reason = null;
        ImmutableArray<string>? tasks = null;
        while (NextMember(ref reader, ref state, out var member))
        {
            switch (member)
            {
                case LineageMembers.Role: role = Identifier(ref reader, ref state, member); break;
                case LineageMembers.Kind: kindText = Enumerated(ref reader, ref state, member, WireValues.LineageKindValues); break;
                case LineageMembers.From: from = Identifier(ref reader, ref state, member); break;
                case LineageMembers.Effective: effectiveText = String(ref reader, ref state, member, Shapes.Date); break;
                case LineageMembers.Tasks: tasks = Identifiers(ref reader, ref state, member, "task identifiers"); break;
                default: reason = String(ref reader, ref state, member); break;
            }

            path.Pop();
        }

        role = Required(state, role, LineageMembers.Role);
        var kind = Enumeration(state, kindText, LineageMembers.Kind, WireValues.ParseLineageKind, WireValues.LineageKindValues);
        from = Required(state, from, LineageMembers.From);
        var effective = Date(state, effectiveText, LineageMembers.Effective, required: true);
        if (role is null || kind is null || from is null || effective is null || state.Broken != 0)
        {
            return null;
        }

        try
        {
            return new RoleLineage(role, kind.Value, from, effective.Value, tasks, reason, Extensions(state));
        }
        catch (ArgumentException e)
        {
            Invalid(state, e, e.ParamName switch
            {
                "taskIds" => LineageMembers.Tasks,
                "sourceRoleId" => LineageMembers.From,
                _ => LineageMembers.Role,
            });
            return null;
        }
    }

    private static class LineageMembers
    {
        internal const int Role = 0, Kind = 1, From = 2, Effective = 3, Tasks = 4, Reason = 5;
        internal static readonly KnownMembers Table = new("role", "kind", "from", "effective", "tasks", "reason");
    }
}
