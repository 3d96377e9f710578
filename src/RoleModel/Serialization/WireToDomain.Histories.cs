using System.Collections.Immutable;
using System.Globalization;
using RoleModel.History;
using RoleModel.Serialization.Wire;
using RoleModel.Validation;

namespace RoleModel.Serialization;

internal sealed partial class WireToDomain
{
    /// <summary>The roles mapped so far, first by identifier: the baselines of the histories.</summary>
    private readonly Dictionary<string, Role> baselines = new(StringComparer.Ordinal);

    private ImmutableArray<RoleHistory> Histories(List<HistoryDto?>? histories, ImmutableArray<Role> roles)
    {
        foreach (var role in roles)
        {
            baselines.TryAdd(role.Id, role);
        }

        return Items(histories, "histories", MapHistory);
    }

    /// <summary>
    /// Maps a history whose changes are all valid on their own; its baseline is the catalogue's role. A history
    /// with a problem is left out whole, so that its other changes are not checked against a log with gaps.
    /// </summary>
    private RoleHistory? MapHistory(HistoryDto dto)
    {
        var roleId = Required(dto.Role, "role");
        var changes = Items(dto.Changes, "changes", MapChange);
        if (roleId is null || changes.Length != (dto.Changes?.Count ?? 0) || !InRecordedOrder(changes))
        {
            return null;
        }

        if (!baselines.TryGetValue(roleId, out var baseline))
        {
            if (!droppedIds.Contains(Key("role", roleId)))
            {
                Add(ProblemCodes.UnresolvedReference, "role", $"The history refers to role '{roleId}', which does not exist.");
            }

            return null;
        }

        return new RoleHistory(baseline, changes, Extensions(dto.Extensions));
    }

    /// <summary>Reports changes out of recorded order and repeated change identifiers, which <see cref="RoleHistory"/> refuses.</summary>
    private bool InRecordedOrder(ImmutableArray<RoleChange> changes)
    {
        using var scope = path.Member("changes");
        var ids = new HashSet<string>(changes.Length, StringComparer.Ordinal);
        var ok = true;
        for (var j = 0; j < changes.Length; j++)
        {
            using var itemScope = path.Index(j);
            if (j > 0 && changes[j].RecordedAt < changes[j - 1].RecordedAt)
            {
                Add(ProblemCodes.InvalidValue, "recorded", $"Change '{changes[j].Id}' must not be recorded before change '{changes[j - 1].Id}' that precedes it: the log is append-only in recorded order.");
                ok = false;
            }

            if (!ids.Add(changes[j].Id))
            {
                Add(ProblemCodes.DuplicateId, "id", $"The change identifier '{changes[j].Id}' must not occur twice in a history.");
                ok = false;
            }
        }

        return ok;
    }

    private RoleChange? MapChange(ChangeDto dto)
    {
        var id = Required(dto.Id, "id");
        var kind = Enumeration(dto.Kind, "kind", WireValues.ParseKind, WireValues.KindValues);
        var effective = Date(dto.Effective, "effective", required: true);
        var recorded = Instant(dto.Recorded, "recorded");
        var author = Required(dto.Author, "author");
        if (kind is null || !OnlyMembersOf(kind.Value, dto) | !TryPayload(kind.Value, dto, out var payload)
            || id is null || effective is null || recorded is null || author is null)
        {
            return null;
        }

        try
        {
            return payload.Create(id, effective.Value, recorded.Value, author, dto.Reason, dto.Proposed ?? false, Extensions(dto.Extensions));
        }
        catch (ArgumentException e)
        {
            Invalid(e, e.ParamName switch
            {
                "author" => "author",
                "taskId" => "task",
                "targetRoleId" => "targetRole",
                "requirementId" => "requirement",
                "proposalId" => "proposal",
                "title" => null,
                _ => "id",
            });
            return null;
        }
    }

    /// <summary>Reports payload members that a change of this kind does not have (and <c>proposed</c> on a decision).</summary>
    private bool OnlyMembersOf(RoleChangeKind kind, ChangeDto dto)
    {
        var ok = true;
        var kindText = WireValues.Format(kind);
        foreach (var (member, present) in (ReadOnlySpan<(string, bool)>)
            [
                ("proposed", dto.Proposed == true && kind == RoleChangeKind.ProposalDecided),
                ("task", dto.Task is not null), ("targetRole", dto.TargetRole is not null), ("requirement", dto.Requirement is not null),
                ("title", dto.Title is not null), ("purpose", dto.Purpose is not null), ("outcomes", dto.Outcomes is not null),
                ("openness", dto.Openness is not null), ("areas", dto.Areas is not null), ("template", dto.Template is not null),
                ("proposal", dto.Proposal is not null), ("decision", dto.Decision is not null),
            ])
        {
            if (present && !ChangePayload.Allows(kind, member))
            {
                Add(ProblemCodes.InvalidValue, member, $"A change of kind '{kindText}' has no member '{member}'.");
                ok = false;
            }
        }

        return ok;
    }

    private NodaTime.Instant? Instant(string? text, string member)
    {
        if (Required(text, member) is not { } value)
        {
            return null;
        }

        if (!WireValues.TryParseInstant(value, out var instant))
        {
            Add(ProblemCodes.MalformedDate, member, string.Create(CultureInfo.InvariantCulture, $"'{value}' is not a valid instant; expected {WireValues.InstantPattern}."));
            return null;
        }

        return instant;
    }
}
