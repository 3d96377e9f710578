using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using RoleModel.History;
using RoleModel.Serialization.Wire;
using RoleModel.Validation;

namespace RoleModel.Serialization;

internal sealed partial class WireToDomain
{
    /// <summary>Reads the members of a change that its kind needs; false when one is missing or invalid.</summary>
    private bool TryPayload(RoleChangeKind kind, ChangeDto dto, out ChangePayload payload)
    {
        payload = new ChangePayload(kind);
        switch (kind)
        {
            case RoleChangeKind.TaskAdded or RoleChangeKind.TaskChanged:
                payload.Task = ObjectMember(dto.Task, "task", WireFormats.Info<TaskDto>(), MapTask);
                return payload.Task is not null;
            case RoleChangeKind.TaskDelegated or RoleChangeKind.TaskRetired:
                payload.TaskId = StringMember(dto.Task, "task");
                payload.TargetRoleId = kind == RoleChangeKind.TaskDelegated ? Required(dto.TargetRole, "targetRole") : null;
                return payload.TaskId is not null && (kind == RoleChangeKind.TaskRetired || payload.TargetRoleId is not null);
            case RoleChangeKind.RequirementAdded or RoleChangeKind.RequirementChanged:
                payload.Requirement = ObjectMember(dto.Requirement, "requirement", WireFormats.Info<RequirementDto>(), MapRequirement);
                return payload.Requirement is not null;
            case RoleChangeKind.RequirementRemoved:
                payload.RequirementId = StringMember(dto.Requirement, "requirement");
                return payload.RequirementId is not null;
            case RoleChangeKind.MetadataChanged:
                return TryMetadata(dto, payload);
            case RoleChangeKind.TemplateChanged:
                // An object, or null (also when missing) for a role that no longer derives from a template.
                if (dto.Template is not { ValueKind: not JsonValueKind.Null } template)
                {
                    return true;
                }

                payload.Template = ObjectMember(template, "template", WireFormats.Info<TemplateDto>(), MapTemplate);
                return payload.Template is not null;
            default:
                payload.ProposalId = Required(dto.Proposal, "proposal");
                payload.Decision = Enumeration(dto.Decision, "decision", WireValues.ParseDecision, WireValues.DecisionValues);
                return payload.ProposalId is not null && payload.Decision is not null;
        }
    }

    /// <summary>The parts a metadata change replaces: a missing member leaves its part as it is.</summary>
    private bool TryMetadata(ChangeDto dto, ChangePayload payload)
    {
        payload.Title = dto.Title is null ? null : Text(dto.Title, "title", required: true);
        payload.Purpose = dto.Purpose is null ? null : Text(dto.Purpose, "purpose", required: true);
        payload.Outcomes = dto.Outcomes is null ? null : Outcomes(dto.Outcomes);
        payload.Openness = dto.Openness is null ? null : Scoped("openness", dto.Openness, MapOpenness);
        var areas = dto.Areas is null ? default : Items(dto.Areas, "areas", MapArea);
        payload.Areas = dto.Areas is null ? null : areas;
        return (dto.Title is null || payload.Title is not null)
            && (dto.Purpose is null || payload.Purpose is not null)
            && (dto.Outcomes is null || payload.Outcomes is not null)
            && (dto.Openness is null || payload.Openness is not null)
            && (dto.Areas is null || areas.Length == dto.Areas.Count);
    }

    /// <summary>A member that must be a string here (an identifier), though other kinds of change have an object there.</summary>
    private string? StringMember(JsonElement? value, string member)
    {
        if (value is not { ValueKind: not JsonValueKind.Null } element)
        {
            Missing(member);
            return null;
        }

        if (element.ValueKind != JsonValueKind.String)
        {
            Add(ProblemCodes.WrongType, member, $"Expected a string but found {FailureTranslator.Describe(element.ValueKind)}.");
            return null;
        }

        return element.GetString();
    }

    /// <summary>A member that must be an object here, read into its wire shape and mapped.</summary>
    private T? ObjectMember<TDto, T>(JsonElement? value, string member, JsonTypeInfo<TDto> info, Func<TDto, T?> map)
        where TDto : class
        where T : class
    {
        if (value is not { ValueKind: not JsonValueKind.Null } element)
        {
            Missing(member);
            return null;
        }

        if (element.ValueKind != JsonValueKind.Object)
        {
            Add(ProblemCodes.WrongType, member, $"Expected an object but found {FailureTranslator.Describe(element.ValueKind)}.");
            return null;
        }

        TDto? dto;
        try
        {
            dto = element.Deserialize(info);
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException)
        {
            var (code, relative, message) = FailureTranslator.TranslateNested(element, info, e);
            problems.Add(new ValidationProblem(code, ProblemSeverity.Error, path.Render(member) + relative[1..], message));
            return null;
        }

        return Scoped(member, dto!, map);
    }
}
