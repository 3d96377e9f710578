using System.Text.Json;
using RoleModel.Serialization.Wire;

namespace RoleModel.Serialization;

/// <summary>
/// Maps the domain model to the wire shapes of format 1.0. Empty arrays, empty optional texts and members at
/// their defaults are left out, so that the same model always gives the same document.
/// </summary>
internal static partial class DomainToWire
{
    internal static CatalogueDto Map(Catalogue catalogue)
    {
        var (schema, extensions) = SplitSchema(catalogue.Extensions);
        return new CatalogueDto
        {
            Schema = schema,
            SchemaVersion = FormatVersion.Of(catalogue),
            Id = catalogue.Identity?.Id,
            Version = catalogue.Identity?.Version,
            Issued = catalogue.Identity is { } identity ? WireValues.Format(identity.Issued) : null,
            Publisher = catalogue.Identity?.Publisher,
            Imports = List(catalogue.Imports, Map),
            Frameworks = List(catalogue.Frameworks, Map),
            Roles = List(catalogue.Roles, Map),
            People = List(catalogue.People, Map),
            Histories = List(catalogue.Histories, history => Map(history, catalogue)),
            Lineage = List(catalogue.Lineage, Map),
            Extensions = extensions,
        };
    }

    private static ImportDto? Map(CatalogueImport import) => new()
    {
        Catalogue = import.CatalogueId,
        Version = import.Version,
        Href = import.Href,
        Extensions = Extensions<ImportDto>(import.Extensions),
    };

    private static FrameworkDto? Map(CompetencyFramework framework) => new()
    {
        Id = framework.Id,
        Version = framework.Version,
        Name = Text(framework.Name, required: true),
        Description = Text(framework.Description),
        Scales = List(framework.Scales, Map),
        ScaleMappings = List(framework.ScaleMappings, Map),
        Competencies = List(framework.Competencies, Map),
        Extensions = Extensions<FrameworkDto>(framework.Extensions),
    };

    private static ScaleDto? Map(ProficiencyScale scale) => new()
    {
        Id = scale.Id,
        Name = Text(scale.Name),
        Levels = List(scale.Levels, Map),
        Extensions = Extensions<ScaleDto>(scale.Extensions),
    };

    private static ScaleMappingDto? Map(Analysis.ScaleMapping mapping) => new()
    {
        SourceScale = mapping.SourceScaleId,
        TargetScale = mapping.TargetScaleId,
        Levels = new(mapping.Levels, StringComparer.Ordinal),
        Extensions = Extensions<ScaleMappingDto>(mapping.Extensions),
    };

    private static LevelDto? Map(ProficiencyLevel level) => new()
    {
        Code = level.Code,
        Label = Text(level.Label),
        Description = Text(level.Description),
        Extensions = Extensions<LevelDto>(level.Extensions),
    };

    private static CompetencyDto? Map(Competency competency) => new()
    {
        Id = competency.Id,
        Kind = competency.Kind.Code,
        Name = Text(competency.Name, required: true),
        Description = Text(competency.Description),
        Broader = List(competency.BroaderIds, static id => id),
        Mappings = List(competency.Mappings, Map),
        Extensions = Extensions<CompetencyDto>(competency.Extensions),
    };

    private static MappingDto? Map(ConceptMapping mapping) => new()
    {
        Relation = WireValues.Format(mapping.Relation),
        Scheme = mapping.Scheme,
        Uri = mapping.Uri,
        Extensions = Extensions<MappingDto>(mapping.Extensions),
    };

    private static RoleDto? Map(Role role) => new()
    {
        Id = role.Id,
        Title = Text(role.Title, required: true),
        Purpose = Text(role.Purpose),
        Outcomes = List(role.Outcomes, static o => Text(o, required: true)),
        // A derived role's stated openness is written even when fixed: leaving it out would inherit the template's.
        Openness = role.OwnOpenness is { } openness && (role.Template is not null || !openness.Equals(RoleOpenness.Fixed)) ? Map(openness) : null,
        Template = role.Template is { } template ? Map(template) : null,
        Requirements = List(role.Requirements, Map),
        Areas = List(role.Areas, Map),
        Tags = List(role.Tags, static tag => tag),
        Extensions = Extensions<RoleDto>(role.Extensions),
    };

    private static OpennessDto Map(RoleOpenness openness) => new()
    {
        Kind = WireValues.Format(openness.Kind),
        MinSelfDirectedShare = openness.SelfDirectedShare.Minimum,
        MaxSelfDirectedShare = openness.SelfDirectedShare.Maximum,
        Extensions = Extensions<OpennessDto>(openness.Extensions),
    };

    private static TemplateDto Map(RoleTemplate template) => new()
    {
        Role = template.RoleId,
        RemoveRequirements = List(template.RemovedRequirementIds, static id => id),
        RemoveAreas = List(template.RemovedAreaIds, static id => id),
        Extensions = Extensions<TemplateDto>(template.Extensions),
    };

    private static RequirementDto? Map(CompetencyRequirement requirement)
    {
        var single = requirement.CompetencyIds.Length == 1 ? requirement.CompetencyIds[0] : null;
        return new()
        {
            Id = single is not null && string.Equals(single, requirement.Id, StringComparison.Ordinal) ? null : requirement.Id,
            Competency = single,
            AnyOf = single is null ? [.. requirement.CompetencyIds] : null,
            Scale = requirement.MinimumLevel?.ScaleId,
            Level = requirement.MinimumLevel?.LevelCode,
            Importance = WireValues.Format(requirement.Importance),
            Weight = requirement.Weight == 1.0 ? null : requirement.Weight,
            Extensions = Extensions<RequirementDto>(requirement.Extensions),
        };
    }

    private static AreaDto? Map(ResponsibilityArea area) => new()
    {
        Id = area.Id,
        Name = Text(area.Name, required: true),
        MinShare = area.ExpectedShare.Minimum,
        MaxShare = area.ExpectedShare.Maximum,
        Extensions = Extensions<AreaDto>(area.Extensions),
    };

    private static PersonDto? Map(Person person) => new()
    {
        Id = person.Id,
        Assessments = List(person.Assessments, Map),
        Assignments = List(person.Assignments, Map),
        Extensions = Extensions<PersonDto>(person.Extensions),
    };

    private static AssessmentDto? Map(CompetencyAssessment assessment) => new()
    {
        Competency = assessment.CompetencyId,
        Scale = assessment.Level.ScaleId,
        Level = assessment.Level.LevelCode,
        AssessedOn = WireValues.Format(assessment.AssessedOn),
        Source = WireValues.Format(assessment.Source),
        ExpiresOn = assessment.ExpiresOn is { } expiry ? WireValues.Format(expiry) : null,
        Evidence = assessment.Evidence,
        Extensions = Extensions<AssessmentDto>(assessment.Extensions),
    };

    private static AssignmentDto? Map(RoleAssignment assignment) => new()
    {
        Role = assignment.RoleId,
        From = WireValues.Format(assignment.Start),
        To = assignment.End is { } end ? WireValues.Format(end) : null,
        Extensions = Extensions<AssignmentDto>(assignment.Extensions),
    };

    private static List<TDto?>? List<T, TDto>(System.Collections.Immutable.ImmutableArray<T> items, Func<T, TDto?> map)
    {
        if (items.IsEmpty)
        {
            return null;
        }

        var list = new List<TDto?>(items.Length);
        foreach (var item in items)
        {
            list.Add(map(item));
        }

        return list;
    }

    private static Dictionary<string, string?>? Text(LocalizedText text, bool required = false)
    {
        if (text.IsEmpty && !required)
        {
            return null;
        }

        var entries = new Dictionary<string, string?>(text.Entries.Length, StringComparer.Ordinal);
        foreach (var (culture, value) in text.Entries)
        {
            entries.Add(culture, value);
        }

        return entries;
    }

    private static Dictionary<string, JsonElement>? Extensions<TDto>(ExtensionData extensions)
    {
        if (extensions.IsEmpty)
        {
            return null;
        }

        foreach (var (name, _) in extensions.Members)
        {
            if (KnownMembers<TDto>.Names.Contains(name))
            {
                throw new ArgumentException($"The unknown member '{name}' must not have the name of a member the format defines; it would be written twice.", nameof(extensions));
            }
        }

        return Copy(extensions);
    }

    private static Dictionary<string, JsonElement> Copy(ExtensionData extensions)
    {
        var members = new Dictionary<string, JsonElement>(extensions.Members.Length, StringComparer.Ordinal);
        foreach (var (name, value) in extensions.Members)
        {
            members.Add(name, value);
        }

        return members;
    }

    /// <summary>The member names a wire shape defines, from the source-generated metadata.</summary>
    private static class KnownMembers<TDto>
    {
        internal static readonly HashSet<string> Names =
            [.. WireContext.Default.GetTypeInfo(typeof(TDto))!.Properties.Where(p => !p.IsExtensionData).Select(p => p.Name)];
    }

    /// <summary>
    /// A string <c>$schema</c> kept first among the root's unknown members is written first again; anywhere
    /// else, or not a string, it collides with the defined member.
    /// </summary>
    private static (string? Schema, Dictionary<string, JsonElement>? Others) SplitSchema(ExtensionData extensions)
    {
        if (!extensions.IsEmpty && extensions.Members[0] is { Key: "$schema", Value.ValueKind: JsonValueKind.String } first)
        {
            return (first.Value.GetString(), Extensions<CatalogueDto>(new ExtensionData(extensions.Members.Skip(1))));
        }

        return (null, Extensions<CatalogueDto>(extensions));
    }
}
