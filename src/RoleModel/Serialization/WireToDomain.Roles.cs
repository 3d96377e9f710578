using System.Collections.Immutable;
using System.Globalization;
using RoleModel.Serialization.Wire;
using RoleModel.Validation;

namespace RoleModel.Serialization;

internal sealed partial class WireToDomain
{
    private Role? MapRole(RoleDto dto)
    {
        var id = Required(dto.Id, "id");
        var title = Text(dto.Title, "title", required: true);
        var purpose = Text(dto.Purpose, "purpose", required: false);
        var outcomes = Outcomes(dto.Outcomes);
        var openness = dto.Openness is null ? RoleOpenness.Fixed : Scoped("openness", dto.Openness, MapOpenness);
        var template = dto.Template is null ? null : Scoped("template", dto.Template, MapTemplate);
        var requirements = Items(dto.Requirements, "requirements", MapRequirement);
        var areas = Items(dto.Areas, "areas", MapArea);
        var tags = Identifiers(dto.Tags, "tags");
        if (id is null || title is null || purpose is null || outcomes is null || openness is null
            || (dto.Template is not null && template is null) || tags is null)
        {
            DroppedParts(id, requirements, areas);
            return null;
        }

        try
        {
            return new Role(id, title, openness, purpose, outcomes, requirements, areas, template, tags, Extensions(dto.Extensions));
        }
        catch (ArgumentException e)
        {
            Invalid(e, e.ParamName is "tags" ? "tags" : "id");
            DroppedParts(id, requirements, areas);
            return null;
        }
    }

    /// <summary>Marks a role that is left out, and its parts, as left out.</summary>
    private void DroppedParts(string? id, ImmutableArray<CompetencyRequirement> requirements, ImmutableArray<ResponsibilityArea> areas)
    {
        Dropped("role", id);
        foreach (var requirement in requirements)
        {
            Dropped("requirement", requirement.Id);
        }

        foreach (var area in areas)
        {
            Dropped("area", area.Id);
        }
    }

    private T? Scoped<TDto, T>(string member, TDto dto, Func<TDto, T?> map)
        where T : class
    {
        using var scope = path.Member(member);
        return map(dto);
    }

    private List<LocalizedText>? Outcomes(List<Dictionary<string, string?>?>? items)
    {
        if (items is null)
        {
            return [];
        }

        using var scope = path.Member("outcomes");
        var outcomes = new List<LocalizedText>(items.Count);
        for (var i = 0; i < items.Count; i++)
        {
            using var itemScope = path.Index(i);
            if (items[i] is null)
            {
                Add(ProblemCodes.WrongType, null, "Expected an object but found null.");
            }
            else if (Text(items[i], null, required: false) is { } text)
            {
                outcomes.Add(text);
            }
        }

        return outcomes.Count == items.Count ? outcomes : null;
    }

    private RoleOpenness? MapOpenness(OpennessDto dto)
    {
        var kind = Enumeration(dto.Kind, "kind", WireValues.ParseOpenness, WireValues.OpennessValues);
        if (kind is null)
        {
            return null;
        }

        var range = Shares(
            dto.MinSelfDirectedShare ?? 0m,
            dto.MaxSelfDirectedShare ?? (kind == OpennessKind.Fixed ? 0m : 100m),
            "minSelfDirectedShare",
            "maxSelfDirectedShare");
        if (range is null)
        {
            return null;
        }

        try
        {
            return new RoleOpenness(kind.Value, range.Value, Extensions(dto.Extensions));
        }
        catch (ArgumentException e)
        {
            Invalid(e, "maxSelfDirectedShare");
            return null;
        }
    }

    private RoleTemplate? MapTemplate(TemplateDto dto)
    {
        var role = Required(dto.Role, "role");
        var requirements = Identifiers(dto.RemoveRequirements, "removeRequirements");
        var areas = Identifiers(dto.RemoveAreas, "removeAreas");
        if (role is null || requirements is null || areas is null)
        {
            return null;
        }

        try
        {
            return new RoleTemplate(role, requirements, areas, Extensions(dto.Extensions));
        }
        catch (ArgumentException e)
        {
            Invalid(e, e.ParamName switch { "removedRequirementIds" => "removeRequirements", "removedAreaIds" => "removeAreas", _ => "role" });
            return null;
        }
    }

    private CompetencyRequirement? MapRequirement(RequirementDto dto)
    {
        var ok = true;
        if (dto.Competency is not null && dto.AnyOf is not null)
        {
            Add(ProblemCodes.InvalidValue, "anyOf", "A requirement must have either 'competency' or 'anyOf', not both.");
            ok = false;
        }
        else if (dto.Competency is null && dto.AnyOf is null)
        {
            Add(ProblemCodes.MissingMember, "competency", "A requirement must have a 'competency' or an 'anyOf' member.");
            ok = false;
        }

        var anyOf = dto.AnyOf is null ? null : Identifiers(dto.AnyOf, "anyOf");
        ok &= dto.AnyOf is null || anyOf is not null;
        var id = dto.Id ?? dto.Competency;
        if (id is null && dto.AnyOf is not null)
        {
            Missing("id");
            ok = false;
        }

        if ((dto.Scale is null) != (dto.Level is null))
        {
            var (present, absent) = dto.Scale is null ? ("level", "scale") : ("scale", "level");
            Add(ProblemCodes.MissingMember, absent, $"A requirement with a '{present}' must also have a '{absent}'.");
            ok = false;
        }

        var importance = Enumeration(dto.Importance, "importance", WireValues.ParseImportance, WireValues.ImportanceValues);
        if (!ok || importance is null)
        {
            Dropped("requirement", id);
            return null;
        }

        try
        {
            var level = dto.Scale is null ? null : new LevelReference(dto.Scale, dto.Level!);
            var weight = dto.Weight ?? 1.0;
            var extensions = Extensions(dto.Extensions);
            return anyOf is null
                ? new CompetencyRequirement(id!, [dto.Competency!], level, importance.Value, weight, extensions)
                : new CompetencyRequirement(id!, anyOf, level, importance.Value, weight, extensions);
        }
        catch (ArgumentException e)
        {
            Invalid(e, e.ParamName switch
            {
                "competencyIds" => anyOf is null ? "competency" : "anyOf",
                "scaleId" => "scale",
                "levelCode" => "level",
                "weight" => "weight",
                _ => "id",
            });
            Dropped("requirement", id);
            return null;
        }
    }

    private ResponsibilityArea? MapArea(AreaDto dto)
    {
        var id = Required(dto.Id, "id");
        var name = Text(dto.Name, "name", required: true);
        var range = Shares(dto.MinShare ?? 0m, dto.MaxShare ?? 100m, "minShare", "maxShare");
        if (id is null || name is null || range is null)
        {
            Dropped("area", id);
            return null;
        }

        try
        {
            return new ResponsibilityArea(id, name, range, Extensions(dto.Extensions));
        }
        catch (ArgumentException e)
        {
            Invalid(e, "id");
            Dropped("area", id);
            return null;
        }
    }

    private ShareRange? Shares(decimal minimum, decimal maximum, string minimumMember, string maximumMember)
    {
        var ok = Percentage(minimum, minimumMember) & Percentage(maximum, maximumMember);
        if (ok && minimum > maximum)
        {
            Add(ProblemCodes.InvalidValue, minimumMember, Format($"The {minimumMember} {minimum} must not be above the {maximumMember} {maximum}."));
            return null;
        }

        return ok ? new ShareRange(minimum, maximum) : null;
    }

    private bool Percentage(decimal value, string member)
    {
        if (value is >= 0m and <= 100m)
        {
            return true;
        }

        Add(ProblemCodes.InvalidValue, member, Format($"The {member} {value} must be a percentage between 0 and 100."));
        return false;
    }

    private static string Format(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
