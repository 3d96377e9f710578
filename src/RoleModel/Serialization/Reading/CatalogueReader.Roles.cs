using System.Collections.Immutable;
using System.Text.Json;
using RoleModel.Validation;

namespace RoleModel.Serialization.Reading;

/// <summary>Roles, their openness, template, competency requirements and responsibility areas.</summary>
internal sealed partial class CatalogueReader
{
    private readonly ItemReader<Role> readRole;
    private readonly ItemReader<CompetencyRequirement> readRequirement;
    private readonly ItemReader<ResponsibilityArea> readArea;
    private readonly ItemReader<RoleOpenness> readOpenness;
    private readonly ItemReader<RoleTemplate> readTemplate;

    private Role? Role(ref Utf8JsonReader reader)
    {
        var state = Open(ref reader, RoleMembers.Table);
        using var release = Release(state);
        string? id = null;
        LocalizedText? title = null, purpose = null;
        List<LocalizedText>? outcomes = null;
        RoleOpenness? openness = null;
        RoleTemplate? template = null;
        ImmutableArray<CompetencyRequirement> requirements = [];
        ImmutableArray<ResponsibilityArea> areas = [];
        ImmutableArray<string>? tags = null;
        while (NextMember(ref reader, ref state, out var member))
        {
            switch (member)
            {
                case RoleMembers.Id: id = Identifier(ref reader, ref state, member); break;
                case RoleMembers.Title: title = Text(ref reader, ref state, member); break;
                case RoleMembers.Purpose: purpose = Text(ref reader, ref state, member); break;
                case RoleMembers.Outcomes: outcomes = Texts(ref reader, ref state, member); break;
                case RoleMembers.Openness: openness = Nested(ref reader, ref state, member, readOpenness, OpennessNoun); break;
                case RoleMembers.Template: template = Nested(ref reader, ref state, member, readTemplate, TemplateNoun); break;
                case RoleMembers.Requirements: requirementList++; requirements = Items(ref reader, ref state, member, readRequirement, "requirements", RequirementNoun, out _); break;
                case RoleMembers.Areas: areas = Items(ref reader, ref state, member, readArea, "responsibility areas", AreaNoun, out _); break;
                default: tags = Identifiers(ref reader, ref state, member, "tags"); break;
            }

            path.Pop();
        }

        id = Required(state, id, RoleMembers.Id);
        title = RequiredText(state, title, RoleMembers.Title);
        purpose = OptionalText(state, purpose, RoleMembers.Purpose);
        if (id is null || title is null || purpose is null || state.Broken != 0)
        {
            DroppedParts(id, requirements, areas);
            return null;
        }

        try
        {
            return new Role(id, title, openness, purpose, outcomes ?? [], requirements, areas, template, tags ?? [], Extensions(state));
        }
        catch (ArgumentException e)
        {
            Invalid(state, e, e.ParamName is "tags" ? RoleMembers.Tags : RoleMembers.Id);
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

    /// <summary>A member that holds one object; the member is broken when the object has a problem of its own.</summary>
    private T? Nested<T>(ref Utf8JsonReader reader, ref ObjectState state, int member, ItemReader<T> read, string noun)
        where T : class
    {
        T? value = null;
        if (reader.TokenType == JsonTokenType.StartObject)
        {
            value = read(ref reader);
        }
        else
        {
            WrongType(ref reader, Shapes.Object(noun));
        }

        if (value is null)
        {
            state.Break(member);
        }

        return value;
    }

    private const string OpennessNoun = "an openness such as {\"kind\": \"open\"}";
    private const string TemplateNoun = "a template such as {\"role\": \"…\"}";
    private const string RequirementNoun = "a requirement";
    private const string AreaNoun = "a responsibility area";

    private RoleOpenness? Openness(ref Utf8JsonReader reader)
    {
        var state = Open(ref reader, OpennessMembers.Table);
        using var release = Release(state);
        string? kindText = null;
        decimal? minimum = null, maximum = null;
        while (NextMember(ref reader, ref state, out var member))
        {
            switch (member)
            {
                case OpennessMembers.Kind: kindText = Enumerated(ref reader, ref state, member, WireValues.OpennessValues); break;
                case OpennessMembers.MinSelfDirectedShare: minimum = Decimal(ref reader, ref state, member); break;
                default: maximum = Decimal(ref reader, ref state, member); break;
            }

            path.Pop();
        }

        var kind = Enumeration(state, kindText, OpennessMembers.Kind, WireValues.ParseOpenness, WireValues.OpennessValues);
        if (kind is null || state.Broken != 0)
        {
            return null;
        }

        var range = Shares(state, minimum ?? 0m, maximum ?? (kind == OpennessKind.Fixed ? 0m : 100m), OpennessMembers.MinSelfDirectedShare, OpennessMembers.MaxSelfDirectedShare);
        if (range is null)
        {
            return null;
        }

        try
        {
            return new RoleOpenness(kind.Value, range.Value, Extensions(state));
        }
        catch (ArgumentException e)
        {
            Invalid(state, e, OpennessMembers.MaxSelfDirectedShare);
            return null;
        }
    }

    private RoleTemplate? Template(ref Utf8JsonReader reader)
    {
        var state = Open(ref reader, TemplateMembers.Table);
        using var release = Release(state);
        string? role = null;
        ImmutableArray<string>? requirements = null, areas = null;
        while (NextMember(ref reader, ref state, out var member))
        {
            switch (member)
            {
                case TemplateMembers.Role: role = Identifier(ref reader, ref state, member); break;
                case TemplateMembers.RemoveRequirements: requirements = Identifiers(ref reader, ref state, member, "requirement identifiers"); break;
                default: areas = Identifiers(ref reader, ref state, member, "responsibility area identifiers"); break;
            }

            path.Pop();
        }

        role = Required(state, role, TemplateMembers.Role);
        if (role is null || state.Broken != 0)
        {
            return null;
        }

        try
        {
            return new RoleTemplate(role, requirements ?? [], areas ?? [], Extensions(state));
        }
        catch (ArgumentException e)
        {
            Invalid(state, e, e.ParamName switch { "removedRequirementIds" => TemplateMembers.RemoveRequirements, "removedAreaIds" => TemplateMembers.RemoveAreas, _ => TemplateMembers.Role });
            return null;
        }
    }

    private CompetencyRequirement? Requirement(ref Utf8JsonReader reader)
    {
        var state = Open(ref reader, RequirementMembers.Table);
        using var release = Release(state);
        string? id = null, competency = null, scale = null, level = null, importanceText = null;
        int idEntry = -1, competencyEntry = -1;
        ImmutableArray<string>? anyOf = null;
        double? weight = null;
        while (NextMember(ref reader, ref state, out var member))
        {
            switch (member)
            {
                case RequirementMembers.Id: id = Identifier(ref reader, ref state, member, out idEntry); break;
                case RequirementMembers.Competency: competency = Identifier(ref reader, ref state, member, out competencyEntry); break;
                case RequirementMembers.AnyOf: anyOf = Identifiers(ref reader, ref state, member, "competency identifiers"); break;
                case RequirementMembers.Scale: scale = Identifier(ref reader, ref state, member); break;
                case RequirementMembers.Level: level = Identifier(ref reader, ref state, member); break;
                case RequirementMembers.Importance: importanceText = Enumerated(ref reader, ref state, member, WireValues.ImportanceValues); break;
                default: weight = Double(ref reader, ref state, member); break;
            }

            path.Pop();
        }

        var hasCompetency = state.Has(RequirementMembers.Competency);
        var hasAnyOf = state.Has(RequirementMembers.AnyOf);
        var ok = state.Broken == 0;
        if (hasCompetency && hasAnyOf)
        {
            Add(state, ProblemCodes.InvalidValue, RequirementMembers.AnyOf, ProblemMessage.Of("Requirement.Both"));
            ok = false;
        }
        else if (!hasCompetency && !hasAnyOf)
        {
            Add(state, ProblemCodes.MissingMember, RequirementMembers.Competency, ProblemMessage.Of("Requirement.Neither"));
            ok = false;
        }

        if (id is null)
        {
            (id, idEntry) = (competency, competencyEntry);
        }

        if (id is null && hasAnyOf && !state.IsBroken(RequirementMembers.Id))
        {
            Missing(state, RequirementMembers.Id);
            ok = false;
        }

        if (state.Has(RequirementMembers.Scale) != state.Has(RequirementMembers.Level))
        {
            var (present, absent) = state.Has(RequirementMembers.Scale) ? (RequirementMembers.Scale, RequirementMembers.Level) : (RequirementMembers.Level, RequirementMembers.Scale);
            Add(state, ProblemCodes.MissingMember, absent, ProblemMessage.Of("Requirement.Pair", state.Members[present], state.Members[absent]));
            ok = false;
        }

        var importance = Enumeration(state, importanceText, RequirementMembers.Importance, WireValues.ParseImportance, WireValues.ImportanceValues);
        if (!ok || importance is null || id is null)
        {
            Dropped("requirement", id);
            return null;
        }

        try
        {
            var extensions = Extensions(state);
            var levelReference = scale is null ? null : new LevelReference(scale, level!);
            var requirement = anyOf is null && scale is null && weight is null && extensions.IsEmpty && ReferenceEquals(id, competency)
                ? PlainRequirement(competency, competencyEntry, importance.Value)
                : new CompetencyRequirement(id, anyOf ?? Single(competency!, competencyEntry), levelReference, importance.Value, weight ?? 1.0, extensions);
            NoteRequirement(idEntry, anyOf is null ? competencyEntry : -1);
            return requirement;
        }
        catch (ArgumentException e)
        {
            Invalid(state, e, e.ParamName switch
            {
                "competencyIds" => anyOf is null ? RequirementMembers.Competency : RequirementMembers.AnyOf,
                "scaleId" => RequirementMembers.Scale,
                "levelCode" => RequirementMembers.Level,
                "weight" => RequirementMembers.Weight,
                _ => RequirementMembers.Id,
            });
            Dropped("requirement", id);
            return null;
        }
    }

    /// <summary>
    /// A requirement of a competency with only an importance (no id of its own, level, weight or unknown member),
    /// shared by every role that requires the competency so: ESCO's 124,000 requirements are 25,000 distinct ones.
    /// Requirements are immutable, so sharing one changes nothing a caller can see but the memory.
    /// </summary>
    /// <param name="competency">The competency.</param>
    /// <param name="entry">Its entry in the pool; -1 when it is not pooled, and its requirement not shared.</param>
    /// <param name="importance">The importance.</param>
    private CompetencyRequirement PlainRequirement(string competency, int entry, RequirementImportance importance)
    {
        if (entry < 0)
        {
            return new CompetencyRequirement(competency, Single(competency, entry), null, importance, 1.0, null);
        }

        ref var shared = ref pool.Shared(entry);
        if (importance is not (RequirementImportance.Essential or RequirementImportance.Optional))
        {
            throw new ArgumentOutOfRangeException(nameof(importance), importance, "Not an importance.");
        }

        ref var requirement = ref importance == RequirementImportance.Essential ? ref shared.Essential : ref shared.Optional;
        return requirement ??= new CompetencyRequirement(competency, Single(competency, entry), null, importance, 1.0, null);
    }

    private ResponsibilityArea? Area(ref Utf8JsonReader reader)
    {
        var state = Open(ref reader, AreaMembers.Table);
        using var release = Release(state);
        string? id = null;
        LocalizedText? name = null;
        decimal? minimum = null, maximum = null;
        while (NextMember(ref reader, ref state, out var member))
        {
            switch (member)
            {
                case AreaMembers.Id: id = Identifier(ref reader, ref state, member); break;
                case AreaMembers.Name: name = Text(ref reader, ref state, member); break;
                case AreaMembers.MinShare: minimum = Decimal(ref reader, ref state, member); break;
                default: maximum = Decimal(ref reader, ref state, member); break;
            }

            path.Pop();
        }

        id = Required(state, id, AreaMembers.Id);
        name = RequiredText(state, name, AreaMembers.Name);
        var range = state.IsBroken(AreaMembers.MinShare) || state.IsBroken(AreaMembers.MaxShare)
            ? null
            : Shares(state, minimum ?? 0m, maximum ?? 100m, AreaMembers.MinShare, AreaMembers.MaxShare);
        if (id is null || name is null || range is null || state.Broken != 0)
        {
            Dropped("area", id);
            return null;
        }

        try
        {
            return new ResponsibilityArea(id, name, range.Value, Extensions(state));
        }
        catch (ArgumentException e)
        {
            Invalid(state, e, AreaMembers.Id);
            Dropped("area", id);
            return null;
        }
    }

    private ShareRange? Shares(in ObjectState state, decimal minimum, decimal maximum, int minimumMember, int maximumMember)
    {
        var ok = Percentage(state, minimum, minimumMember) & Percentage(state, maximum, maximumMember);
        if (ok && minimum > maximum)
        {
            var (min, max) = (state.Members[minimumMember], state.Members[maximumMember]);
            Add(state, ProblemCodes.InvalidValue, minimumMember, ProblemMessage.Of("Range.Inverted", min, minimum, max, maximum));
            return null;
        }

        return ok ? new ShareRange(minimum, maximum) : null;
    }

    private bool Percentage(in ObjectState state, decimal value, int member)
    {
        if (value is >= 0m and <= 100m)
        {
            return true;
        }

        Add(state, ProblemCodes.InvalidValue, member, ProblemMessage.Of("Share.OutOfRange", state.Members[member], value));
        return false;
    }

    private static class RoleMembers
    {
        internal const int Id = 0, Title = 1, Purpose = 2, Outcomes = 3, Openness = 4, Template = 5, Requirements = 6, Areas = 7, Tags = 8;
        internal static readonly KnownMembers Table = new("id", "title", "purpose", "outcomes", "openness", "template", "requirements", "areas", "tags");
    }

    private static class OpennessMembers
    {
        internal const int Kind = 0, MinSelfDirectedShare = 1, MaxSelfDirectedShare = 2;
        internal static readonly KnownMembers Table = new("kind", "minSelfDirectedShare", "maxSelfDirectedShare");
    }

    private static class TemplateMembers
    {
        internal const int Role = 0, RemoveRequirements = 1, RemoveAreas = 2;
        internal static readonly KnownMembers Table = new("role", "removeRequirements", "removeAreas");
    }

    private static class RequirementMembers
    {
        internal const int Id = 0, Competency = 1, AnyOf = 2, Scale = 3, Level = 4, Importance = 5, Weight = 6;
        internal static readonly KnownMembers Table = new("id", "competency", "anyOf", "scale", "level", "importance", "weight");
    }

    private static class AreaMembers
    {
        internal const int Id = 0, Name = 1, MinShare = 2, MaxShare = 3;
        internal static readonly KnownMembers Table = new("id", "name", "minShare", "maxShare");
    }
}
