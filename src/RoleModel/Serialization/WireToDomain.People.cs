using RoleModel.Serialization.Wire;

namespace RoleModel.Serialization;

internal sealed partial class WireToDomain
{
    private Person? MapPerson(PersonDto dto)
    {
        var id = Required(dto.Id, "id");
        var assessments = Items(dto.Assessments, "assessments", MapAssessment);
        var assignments = Items(dto.Assignments, "assignments", MapAssignment);
        if (id is null)
        {
            return null;
        }

        try
        {
            return new Person(id, assessments, assignments, Extensions(dto.Extensions));
        }
        catch (ArgumentException e)
        {
            Invalid(e, "id");
            return null;
        }
    }

    private CompetencyAssessment? MapAssessment(AssessmentDto dto)
    {
        var competency = Required(dto.Competency, "competency");
        var scale = Required(dto.Scale, "scale");
        var level = Required(dto.Level, "level");
        var assessedOn = Date(dto.AssessedOn, "assessedOn", required: true);
        var source = Enumeration(dto.Source, "source", WireValues.ParseSource, WireValues.SourceValues);
        var expiresOn = Date(dto.ExpiresOn, "expiresOn", required: false);
        if (competency is null || scale is null || level is null || assessedOn is null || source is null
            || (dto.ExpiresOn is not null && expiresOn is null))
        {
            return null;
        }

        try
        {
            return new CompetencyAssessment(competency, new LevelReference(scale, level), assessedOn.Value, source.Value, expiresOn, dto.Evidence, Extensions(dto.Extensions));
        }
        catch (ArgumentException e)
        {
            Invalid(e, e.ParamName switch
            {
                "competencyId" => "competency",
                "scaleId" => "scale",
                "levelCode" => "level",
                _ => "expiresOn",
            });
            return null;
        }
    }

    private RoleAssignment? MapAssignment(AssignmentDto dto)
    {
        var role = Required(dto.Role, "role");
        var from = Date(dto.From, "from", required: true);
        var to = Date(dto.To, "to", required: false);
        if (role is null || from is null || (dto.To is not null && to is null))
        {
            return null;
        }

        try
        {
            return new RoleAssignment(role, from.Value, to, Extensions(dto.Extensions));
        }
        catch (ArgumentException e)
        {
            Invalid(e, e.ParamName is "end" ? "to" : "role");
            return null;
        }
    }
}
