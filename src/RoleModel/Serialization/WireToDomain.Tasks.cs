using RoleModel.Serialization.Wire;
using RoleModel.Validation;

namespace RoleModel.Serialization;

internal sealed partial class WireToDomain
{
    private RoleTask? MapTask(TaskDto dto)
    {
        var id = Required(dto.Id, "id");
        var title = Text(dto.Title, "title", required: true);
        var description = Text(dto.Description, "description", required: false);
        var uses = Items(dto.Uses, "uses", MapUse);
        if (dto.Share is null)
        {
            Missing("share");
        }

        var share = dto.Share is { } value && Percentage(value, "share") ? value : (decimal?)null;
        var origin = Enumeration(dto.Origin, "origin", WireValues.ParseOrigin, WireValues.OriginValues);
        var status = Enumeration(dto.Status, "status", WireValues.ParseStatus, WireValues.StatusValues);
        if (id is null || title is null || description is null || uses.Length != (dto.Uses?.Count ?? 0)
            || share is null || origin is null || status is null)
        {
            return null;
        }

        try
        {
            return new RoleTask(id, title, share.Value, origin.Value, status.Value, dto.Area, uses, description, Extensions(dto.Extensions));
        }
        catch (ArgumentException e)
        {
            Invalid(e, e.ParamName is "areaId" ? "area" : "id");
            return null;
        }
    }

    private CompetencyUse? MapUse(UseDto dto)
    {
        var competency = Required(dto.Competency, "competency");
        if ((dto.Scale is null) != (dto.Level is null))
        {
            var (present, absent) = dto.Scale is null ? ("level", "scale") : ("scale", "level");
            Add(ProblemCodes.MissingMember, absent, $"A competency use with a '{present}' must also have a '{absent}'.");
            return null;
        }

        if (competency is null)
        {
            return null;
        }

        try
        {
            var level = dto.Scale is null ? null : new LevelReference(dto.Scale, dto.Level!);
            return new CompetencyUse(competency, level, Extensions(dto.Extensions));
        }
        catch (ArgumentException e)
        {
            Invalid(e, e.ParamName switch { "scaleId" => "scale", "levelCode" => "level", _ => "competency" });
            return null;
        }
    }
}
