using System.Collections.Immutable;
using System.Text.Json;
using RoleModel.History;
using RoleModel.Validation;

namespace RoleModel.Serialization.Reading;

/// <summary>
/// Changes of a role history. Which shape <c>task</c>, <c>requirement</c> and <c>template</c> have depends on
/// the change's <c>kind</c>, which may come after them: the reader keeps a copy of itself at each of these
/// values and reads them once the kind is known (the document is in memory, so a copy is a bookmark).
/// </summary>
internal sealed partial class CatalogueReader
{
    private const string TaskNoun = "a task";

    private RoleChange? Change(ref Utf8JsonReader reader)
    {
        var state = Open(ref reader, ChangeMembers.Table);
        using var release = Release(state);
        string? id = null, kindText = null, effectiveText = null, recordedText = null, author = null, reason = null;
        string? targetRole = null, proposal = null, decisionText = null;
        bool? proposed = null;
        LocalizedText? title = null, purpose = null;
        List<LocalizedText>? outcomes = null;
        RoleOpenness? openness = null;
        ImmutableArray<ResponsibilityArea> areas = [];
        var allAreas = true;
        Utf8JsonReader task = default, requirement = default, template = default;
        while (NextMember(ref reader, ref state, out var member))
        {
            switch (member)
            {
                case ChangeMembers.Id: id = Identifier(ref reader, ref state, member); break;
                case ChangeMembers.Kind: kindText = Enumerated(ref reader, ref state, member, WireValues.KindValues); break;
                case ChangeMembers.Effective: effectiveText = String(ref reader, ref state, member, Shapes.Date); break;
                case ChangeMembers.Recorded: recordedText = String(ref reader, ref state, member, Shapes.Instant); break;
                case ChangeMembers.Author: author = Identifier(ref reader, ref state, member); break;
                case ChangeMembers.Reason: reason = String(ref reader, ref state, member); break;
                case ChangeMembers.Proposed: proposed = Boolean(ref reader, ref state, member); break;
                case ChangeMembers.Task: task = reader; reader.Skip(); break;
                case ChangeMembers.TargetRole: targetRole = Identifier(ref reader, ref state, member); break;
                case ChangeMembers.Requirement: requirement = reader; reader.Skip(); break;
                case ChangeMembers.Title: title = Text(ref reader, ref state, member); break;
                case ChangeMembers.Purpose: purpose = Text(ref reader, ref state, member); break;
                case ChangeMembers.Outcomes: outcomes = Texts(ref reader, ref state, member); break;
                case ChangeMembers.Openness: openness = Nested(ref reader, ref state, member, readOpenness, OpennessNoun); break;
                case ChangeMembers.Areas: areas = Items(ref reader, ref state, member, readArea, "responsibility areas", AreaNoun, out allAreas); break;
                case ChangeMembers.Template: template = reader; reader.Skip(); break;
                case ChangeMembers.Proposal: proposal = Identifier(ref reader, ref state, member); break;
                default: decisionText = Enumerated(ref reader, ref state, member, WireValues.DecisionValues); break;
            }

            path.Pop();
        }

        changeOffsets.Add((OffsetOf(state, ChangeMembers.Recorded), OffsetOf(state, ChangeMembers.Id)));
        id = Required(state, id, ChangeMembers.Id);
        var kind = Enumeration(state, kindText, ChangeMembers.Kind, WireValues.ParseKind, WireValues.KindValues);
        var effective = Date(state, effectiveText, ChangeMembers.Effective, required: true);
        var recorded = Instant(state, recordedText, ChangeMembers.Recorded);
        author = Required(state, author, ChangeMembers.Author);
        if (kind is null)
        {
            return null; // the other members depend on the kind
        }

        var payload = new ChangePayload(kind.Value);
        var read = OnlyMembersOf(state, kind.Value, proposed == true);
        switch (kind.Value)
        {
            case RoleChangeKind.TaskAdded or RoleChangeKind.TaskChanged:
                payload.Task = ObjectPayload(ref task, state, ChangeMembers.Task, readTask, TaskNoun);
                read &= payload.Task is not null;
                break;
            case RoleChangeKind.TaskDelegated or RoleChangeKind.TaskRetired:
                payload.TaskId = IdentifierPayload(ref task, state, ChangeMembers.Task);
                payload.TargetRoleId = kind == RoleChangeKind.TaskDelegated ? Required(state, targetRole, ChangeMembers.TargetRole) : null;
                read &= payload.TaskId is not null && (kind == RoleChangeKind.TaskRetired || payload.TargetRoleId is not null);
                break;
            case RoleChangeKind.RequirementAdded or RoleChangeKind.RequirementChanged:
                payload.Requirement = ObjectPayload(ref requirement, state, ChangeMembers.Requirement, readRequirement, RequirementNoun);
                read &= payload.Requirement is not null;
                break;
            case RoleChangeKind.RequirementRemoved:
                payload.RequirementId = IdentifierPayload(ref requirement, state, ChangeMembers.Requirement);
                read &= payload.RequirementId is not null;
                break;
            case RoleChangeKind.MetadataChanged:
                (payload.Title, payload.Purpose, payload.Outcomes, payload.Openness) = (title, purpose, outcomes, openness);
                payload.Areas = state.Has(ChangeMembers.Areas) ? areas : null;
                read &= allAreas;
                break;
            case RoleChangeKind.TemplateChanged:
                // An object, or null (also when missing) for a role that no longer derives from a template: the
                // one place where the format defines null as a value.
                if (state.Has(ChangeMembers.Template) && template.TokenType != JsonTokenType.Null)
                {
                    payload.Template = ObjectPayload(ref template, state, ChangeMembers.Template, readTemplate, TemplateNoun);
                    read &= payload.Template is not null;
                }

                break;
            default:
                payload.ProposalId = Required(state, proposal, ChangeMembers.Proposal);
                payload.Decision = Enumeration(state, decisionText, ChangeMembers.Decision, WireValues.ParseDecision, WireValues.DecisionValues);
                read &= payload.ProposalId is not null && payload.Decision is not null;
                break;
        }

        if (!read || id is null || effective is null || recorded is null || author is null || state.Broken != 0)
        {
            return null;
        }

        try
        {
            return payload.Create(id, effective.Value, recorded.Value, author, reason, proposed ?? false, Extensions(state));
        }
        catch (ArgumentException e)
        {
            Invalid(state, e, e.ParamName switch
            {
                "author" => ChangeMembers.Author,
                "taskId" => ChangeMembers.Task,
                "targetRoleId" => ChangeMembers.TargetRole,
                "requirementId" => ChangeMembers.Requirement,
                "proposalId" => ChangeMembers.Proposal,
                "title" => -1,
                _ => ChangeMembers.Id,
            });
            return null;
        }
    }

    /// <summary>Reports payload members that a change of this kind does not have (and <c>proposed</c> on a decision).</summary>
    private bool OnlyMembersOf(in ObjectState state, RoleChangeKind kind, bool proposed)
    {
        var ok = true;
        var kindText = WireValues.Format(kind);
        if (proposed && kind == RoleChangeKind.ProposalDecided)
        {
            Add(state, ProblemCodes.InvalidValue, ChangeMembers.Proposed, ProblemMessage.Of("Change.NoMember", kindText, "proposed"));
            ok = false;
        }

        for (var member = ChangeMembers.Task; member < state.Members.Count; member++)
        {
            if (state.Has(member) && !ChangePayload.Allows(kind, state.Members[member]))
            {
                Add(state, ProblemCodes.InvalidValue, member, ProblemMessage.Of("Change.NoMember", kindText, state.Members[member]));
                ok = false;
            }
        }

        return ok;
    }

    /// <summary>A payload member that must be an object for this kind of change, read from its bookmark.</summary>
    private T? ObjectPayload<T>(ref Utf8JsonReader bookmark, in ObjectState state, int member, ItemReader<T> read, string noun)
        where T : class
    {
        if (!state.Has(member))
        {
            Missing(state, member);
            return null;
        }

        path.Push(state.Members[member]);
        T? value = null;
        if (bookmark.TokenType == JsonTokenType.StartObject)
        {
            value = read(ref bookmark);
        }
        else
        {
            WrongType(ref bookmark, Shapes.Object(noun));
        }

        path.Pop();
        return value;
    }

    /// <summary>A payload member that must be an identifier for this kind of change, read from its bookmark.</summary>
    private string? IdentifierPayload(ref Utf8JsonReader bookmark, in ObjectState state, int member)
    {
        if (!state.Has(member))
        {
            Missing(state, member);
            return null;
        }

        path.Push(state.Members[member]);
        string? value = null;
        if (bookmark.TokenType == JsonTokenType.String)
        {
            value = StringValue(ref bookmark);
        }
        else
        {
            WrongType(ref bookmark, Shapes.Identifier);
        }

        path.Pop();
        return value;
    }

    private static class ChangeMembers
    {
        internal const int Id = 0, Kind = 1, Effective = 2, Recorded = 3, Author = 4, Reason = 5, Proposed = 6,
            Task = 7, TargetRole = 8, Requirement = 9, Title = 10, Purpose = 11, Outcomes = 12, Openness = 13, Areas = 14,
            Template = 15, Proposal = 16, Decision = 17;

        internal static readonly KnownMembers Table = new(
            "id", "kind", "effective", "recorded", "author", "reason", "proposed", "task", "targetRole", "requirement",
            "title", "purpose", "outcomes", "openness", "areas", "template", "proposal", "decision");
    }
}
