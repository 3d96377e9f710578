using RoleModel.History;
using RoleModel.Serialization.Wire;

namespace RoleModel.Serialization;

internal static partial class DomainToWire
{
    /// <summary>A history names its role; the baseline is not written, so it must be the catalogue's role.</summary>
    private static HistoryDto Map(RoleHistory history, Catalogue catalogue)
    {
        // The baseline of a history of an imported role is in another document (checked when it is composed).
        var role = catalogue.FindRole(history.RoleId);
        if (role is null ? catalogue.Imports.IsEmpty : !history.Baseline.Equals(role))
        {
            throw new ArgumentException(
                $"The history of role '{history.RoleId}' must start from the catalogue's role '{history.RoleId}': JSON names the baseline by its identifier only.",
                nameof(catalogue));
        }

        return new HistoryDto
        {
            Role = history.RoleId,
            TasksFrom = history.BaselineTasksFrom is { } from ? WireValues.Format(from) : null,
            Tasks = List(history.BaselineTasks, task => (TaskDto?)Map(task)),
            Changes = List(history.Changes, Map),
            Extensions = Extensions<HistoryDto>(history.Extensions),
        };
    }

    private static ChangeDto? Map(RoleChange change)
    {
        var dto = new ChangeDto
        {
            Id = change.Id,
            Kind = WireValues.Format(change.Kind),
            Effective = WireValues.Format(change.EffectiveOn),
            Recorded = WireValues.Format(change.RecordedAt),
            Author = change.Author,
            Reason = change.Reason.Length == 0 ? null : change.Reason,
            Proposed = change.IsProposal ? true : null,
            TargetRole = change.TargetRoleId,
            Title = change.Title is { } title ? Text(title, required: true) : null,
            Purpose = change.Purpose is { } purpose ? Text(purpose, required: true) : null,
            Outcomes = change.Outcomes is { } outcomes ? [.. outcomes.Select(o => Text(o, required: true))] : null,
            Openness = change.Openness is { } openness ? Map(openness) : null,
            Areas = change.Areas is { } areas ? [.. areas.Select(Map)] : null,
            Proposal = change.ProposalId,
            Decision = change.Decision is { } decision ? WireValues.Format(decision) : null,
            Extensions = Extensions<ChangeDto>(change.Extensions),
        };
        if (change.IsTaskChange)
        {
            dto.Task = change.Task is { } task ? WirePayload.Of(Map(task), WireFormats.Info<TaskDto>()) : WirePayload.Of(change.TaskId!);
        }
        else if (change.RequirementId is { } requirementId)
        {
            dto.Requirement = change.Requirement is { } requirement
                ? WirePayload.Of(Map(requirement)!, WireFormats.Info<RequirementDto>())
                : WirePayload.Of(requirementId);
        }
        else if (change.Kind == RoleChangeKind.TemplateChanged)
        {
            dto.Template = change.Template is { } template ? WirePayload.Of(Map(template), WireFormats.Info<TemplateDto>()) : WirePayload.Null;
        }

        return dto;
    }

    private static TaskDto Map(RoleTask task) => new()
    {
        Id = task.Id,
        Title = Text(task.Title, required: true),
        Description = Text(task.Description),
        Area = task.AreaId,
        Uses = List(task.Uses, Map),
        Share = task.Share,
        Origin = WireValues.Format(task.Origin),
        Status = WireValues.Format(task.Status),
        Extensions = Extensions<TaskDto>(task.Extensions),
    };

    private static UseDto? Map(CompetencyUse use) => new()
    {
        Competency = use.CompetencyId,
        Scale = use.Level?.ScaleId,
        Level = use.Level?.LevelCode,
        Extensions = Extensions<UseDto>(use.Extensions),
    };
}
