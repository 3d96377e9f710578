using System.Collections.Immutable;
using RoleModel.Serialization.Wire;

namespace RoleModel.Serialization;

internal sealed partial class WireToDomain
{
    private CompetencyFramework? MapFramework(FrameworkDto dto)
    {
        var id = Required(dto.Id, "id");
        var name = Text(dto.Name, "name", required: true);
        var description = Text(dto.Description, "description", required: false);
        var scales = Items(dto.Scales, "scales", MapScale);
        var competencies = Items(dto.Competencies, "competencies", MapCompetency);
        if (id is null || name is null || description is null)
        {
            DroppedParts(scales, competencies);
            return null;
        }

        try
        {
            return new CompetencyFramework(id, name, scales, competencies, dto.Version, description, Extensions(dto.Extensions));
        }
        catch (ArgumentException e)
        {
            Invalid(e, e.ParamName is "version" ? "version" : "id");
            DroppedParts(scales, competencies);
            return null;
        }
    }

    /// <summary>Marks the parts of a framework that is left out as left out too.</summary>
    private void DroppedParts(ImmutableArray<ProficiencyScale> scales, ImmutableArray<Competency> competencies)
    {
        foreach (var scale in scales)
        {
            Dropped("scale", scale.Id);
        }

        foreach (var competency in competencies)
        {
            Dropped("competency", competency.Id);
        }
    }

    private ProficiencyScale? MapScale(ScaleDto dto)
    {
        var id = Required(dto.Id, "id");
        var name = Text(dto.Name, "name", required: false);
        if (dto.Levels is null)
        {
            Missing("levels");
        }

        var levels = Items(dto.Levels, "levels", MapLevel);
        if (id is null || name is null || dto.Levels is null || levels.Length != dto.Levels.Count)
        {
            Dropped("scale", id);
            return null;
        }

        try
        {
            return new ProficiencyScale(id, levels, name, Extensions(dto.Extensions));
        }
        catch (ArgumentException e)
        {
            Invalid(e, e.ParamName is "levels" ? "levels" : "id");
            Dropped("scale", id);
            return null;
        }
    }

    private ProficiencyLevel? MapLevel(LevelDto dto)
    {
        var code = Required(dto.Code, "code");
        var label = Text(dto.Label, "label", required: false);
        var description = Text(dto.Description, "description", required: false);
        if (code is null || label is null || description is null)
        {
            return null;
        }

        try
        {
            return new ProficiencyLevel(code, label, description, Extensions(dto.Extensions));
        }
        catch (ArgumentException e)
        {
            Invalid(e, "code");
            return null;
        }
    }

    private Competency? MapCompetency(CompetencyDto dto)
    {
        var id = Required(dto.Id, "id");
        var kindCode = Required(dto.Kind, "kind");
        var name = Text(dto.Name, "name", required: true);
        var description = Text(dto.Description, "description", required: false);
        var broader = Identifiers(dto.Broader, "broader");
        var mappings = Items(dto.Mappings, "mappings", MapMapping);
        if (id is null || kindCode is null || name is null || description is null || broader is null)
        {
            Dropped("competency", id);
            return null;
        }

        try
        {
            var kind = CompetencyKind.FromCode(kindCode);
            return new Competency(id, kind, name, description, broader, mappings, Extensions(dto.Extensions));
        }
        catch (ArgumentException e)
        {
            Invalid(e, e.ParamName switch { "code" => "kind", "broaderIds" => "broader", _ => "id" });
            Dropped("competency", id);
            return null;
        }
    }

    private ConceptMapping? MapMapping(MappingDto dto)
    {
        var relation = Enumeration(dto.Relation, "relation", WireValues.ParseRelation, WireValues.RelationValues);
        var scheme = Required(dto.Scheme, "scheme");
        var uri = Required(dto.Uri, "uri");
        if (relation is null || scheme is null || uri is null)
        {
            return null;
        }

        try
        {
            return new ConceptMapping(relation.Value, scheme, uri, Extensions(dto.Extensions));
        }
        catch (ArgumentException e)
        {
            Invalid(e, e.ParamName is "uri" ? "uri" : "scheme");
            return null;
        }
    }
}
