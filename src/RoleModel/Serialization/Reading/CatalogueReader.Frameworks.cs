using System.Collections.Immutable;
using System.Text.Json;

namespace RoleModel.Serialization.Reading;

/// <summary>Frameworks, proficiency scales and their levels, competencies and their mappings.</summary>
internal sealed partial class CatalogueReader
{
    private readonly ItemReader<CompetencyFramework> readFramework;
    private readonly ItemReader<ProficiencyScale> readScale;
    private readonly ItemReader<ProficiencyLevel> readLevel;
    private readonly ItemReader<Competency> readCompetency;
    private readonly ItemReader<ConceptMapping> readMapping;

    private CompetencyFramework? Framework(ref Utf8JsonReader reader)
    {
        var state = Open(ref reader, FrameworkMembers.Table);
        using var release = Release(state);
        string? id = null, version = null;
        LocalizedText? name = null, description = null;
        ImmutableArray<ProficiencyScale> scales = [];
        ImmutableArray<Competency> competencies = [];
        ImmutableArray<Analysis.ScaleMapping> scaleMappings = [];
        while (NextMember(ref reader, ref state, out var member))
        {
            switch (member)
            {
                case FrameworkMembers.Id: id = Identifier(ref reader, ref state, member); break;
                case FrameworkMembers.Version: version = Identifier(ref reader, ref state, member); break;
                case FrameworkMembers.Name: name = Text(ref reader, ref state, member); break;
                case FrameworkMembers.Description: description = Text(ref reader, ref state, member); break;
                case FrameworkMembers.Scales: scales = Items(ref reader, ref state, member, readScale, "proficiency scales", "a proficiency scale", out _); break;
                case FrameworkMembers.ScaleMappings: scaleMappings = Items(ref reader, ref state, member, readScaleMapping, "scale mappings", "a scale mapping", out _); break;
                default: competencies = Items(ref reader, ref state, member, readCompetency, "competencies", "a competency", out _); break;
            }

            path.Pop();
        }

        id = Required(state, id, FrameworkMembers.Id);
        name = RequiredText(state, name, FrameworkMembers.Name);
        description = OptionalText(state, description, FrameworkMembers.Description);
        if (id is null || name is null || description is null || state.Broken != 0)
        {
            DroppedParts(scales, competencies);
            return null;
        }

        try
        {
            return new CompetencyFramework(id, name, scales, competencies, version, description, Extensions(state), scaleMappings);
        }
        catch (ArgumentException e)
        {
            Invalid(state, e, e.ParamName is "version" ? FrameworkMembers.Version : FrameworkMembers.Id);
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

    private ProficiencyScale? Scale(ref Utf8JsonReader reader)
    {
        var state = Open(ref reader, ScaleMembers.Table);
        using var release = Release(state);
        string? id = null;
        LocalizedText? name = null;
        ImmutableArray<ProficiencyLevel> levels = [];
        var allLevels = false;
        while (NextMember(ref reader, ref state, out var member))
        {
            switch (member)
            {
                case ScaleMembers.Id: id = Identifier(ref reader, ref state, member); break;
                case ScaleMembers.Name: name = Text(ref reader, ref state, member); break;
                default: levels = Items(ref reader, ref state, member, readLevel, "proficiency levels", "a proficiency level", out allLevels); break;
            }

            path.Pop();
        }

        id = Required(state, id, ScaleMembers.Id);
        name = OptionalText(state, name, ScaleMembers.Name);
        if (!state.Has(ScaleMembers.Levels) && !state.IsBroken(ScaleMembers.Levels))
        {
            Missing(state, ScaleMembers.Levels);
        }

        if (id is null || name is null || !state.Has(ScaleMembers.Levels) || !allLevels || state.Broken != 0)
        {
            Dropped("scale", id);
            return null;
        }

        try
        {
            return new ProficiencyScale(id, levels, name, Extensions(state));
        }
        catch (ArgumentException e)
        {
            Invalid(state, e, e.ParamName is "levels" ? ScaleMembers.Levels : ScaleMembers.Id);
            Dropped("scale", id);
            return null;
        }
    }

    private ProficiencyLevel? Level(ref Utf8JsonReader reader)
    {
        var state = Open(ref reader, LevelMembers.Table);
        using var release = Release(state);
        string? code = null;
        LocalizedText? label = null, description = null;
        while (NextMember(ref reader, ref state, out var member))
        {
            switch (member)
            {
                case LevelMembers.Code: code = Identifier(ref reader, ref state, member); break;
                case LevelMembers.Label: label = Text(ref reader, ref state, member); break;
                default: description = Text(ref reader, ref state, member); break;
            }

            path.Pop();
        }

        code = Required(state, code, LevelMembers.Code);
        label = OptionalText(state, label, LevelMembers.Label);
        description = OptionalText(state, description, LevelMembers.Description);
        if (code is null || label is null || description is null || state.Broken != 0)
        {
            return null;
        }

        try
        {
            return new ProficiencyLevel(code, label, description, Extensions(state));
        }
        catch (ArgumentException e)
        {
            Invalid(state, e, LevelMembers.Code);
            return null;
        }
    }

    private Competency? Competency(ref Utf8JsonReader reader)
    {
        var state = Open(ref reader, CompetencyMembers.Table);
        using var release = Release(state);
        string? id = null, kindCode = null;
        var idEntry = -1;
        LocalizedText? name = null, description = null;
        ImmutableArray<string>? broader = null;
        ImmutableArray<ConceptMapping> mappings = [];
        while (NextMember(ref reader, ref state, out var member))
        {
            switch (member)
            {
                case CompetencyMembers.Id: id = Identifier(ref reader, ref state, member, out idEntry); break;
                case CompetencyMembers.Kind: kindCode = Identifier(ref reader, ref state, member); break;
                case CompetencyMembers.Name: name = Text(ref reader, ref state, member); break;
                case CompetencyMembers.Description: description = Text(ref reader, ref state, member); break;
                case CompetencyMembers.Broader: broader = Identifiers(ref reader, ref state, member, "competency identifiers"); NoteReferences(referencedBroader, ref broaderPooled); break;
                default: mappings = Items(ref reader, ref state, member, readMapping, "concept mappings", "a concept mapping", out _); break;
            }

            path.Pop();
        }

        id = Required(state, id, CompetencyMembers.Id);
        kindCode = Required(state, kindCode, CompetencyMembers.Kind);
        name = RequiredText(state, name, CompetencyMembers.Name);
        description = OptionalText(state, description, CompetencyMembers.Description);
        if (id is null || kindCode is null || name is null || description is null || state.Broken != 0)
        {
            Dropped("competency", id);
            return null;
        }

        try
        {
            var kind = CompetencyKind.FromCode(kindCode);
            var competency = new Competency(id, kind, name, description, broader ?? [], mappings, Extensions(state));
            NoteCompetency(idEntry);
            return competency;
        }
        catch (ArgumentException e)
        {
            Invalid(state, e, e.ParamName switch { "code" => CompetencyMembers.Kind, "broaderIds" => CompetencyMembers.Broader, _ => CompetencyMembers.Id });
            Dropped("competency", id);
            return null;
        }
    }

    private ConceptMapping? Mapping(ref Utf8JsonReader reader)
    {
        var state = Open(ref reader, MappingMembers.Table);
        using var release = Release(state);
        string? relationText = null, scheme = null, uri = null;
        while (NextMember(ref reader, ref state, out var member))
        {
            switch (member)
            {
                case MappingMembers.Relation: relationText = Enumerated(ref reader, ref state, member, WireValues.RelationValues); break;
                case MappingMembers.Scheme: scheme = Identifier(ref reader, ref state, member); break;
                default: uri = Identifier(ref reader, ref state, member); break;
            }

            path.Pop();
        }

        var relation = Enumeration(state, relationText, MappingMembers.Relation, WireValues.ParseRelation, WireValues.RelationValues);
        scheme = Required(state, scheme, MappingMembers.Scheme);
        uri = Required(state, uri, MappingMembers.Uri);
        if (relation is null || scheme is null || uri is null || state.Broken != 0)
        {
            return null;
        }

        try
        {
            return new ConceptMapping(relation.Value, scheme, uri, Extensions(state));
        }
        catch (ArgumentException e)
        {
            Invalid(state, e, e.ParamName is "uri" ? MappingMembers.Uri : MappingMembers.Scheme);
            return null;
        }
    }

    private static class FrameworkMembers
    {
        internal const int Id = 0, Version = 1, Name = 2, Description = 3, Scales = 4, ScaleMappings = 5, Competencies = 6;
        internal static readonly KnownMembers Table = new("id", "version", "name", "description", "scales", "scaleMappings", "competencies");
    }

    private static class ScaleMembers
    {
        internal const int Id = 0, Name = 1, Levels = 2;
        internal static readonly KnownMembers Table = new("id", "name", "levels");
    }

    private static class LevelMembers
    {
        internal const int Code = 0, Label = 1, Description = 2;
        internal static readonly KnownMembers Table = new("code", "label", "description");
    }

    private static class CompetencyMembers
    {
        internal const int Id = 0, Kind = 1, Name = 2, Description = 3, Broader = 4, Mappings = 5;
        internal static readonly KnownMembers Table = new("id", "kind", "name", "description", "broader", "mappings");
    }

    private static class MappingMembers
    {
        internal const int Relation = 0, Scheme = 1, Uri = 2;
        internal static readonly KnownMembers Table = new("relation", "scheme", "uri");
    }
}
