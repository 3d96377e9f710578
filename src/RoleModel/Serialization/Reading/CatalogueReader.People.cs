using System.Collections.Immutable;
using System.Text.Json;

namespace RoleModel.Serialization.Reading;

/// <summary>People, their competency assessments and role assignments.</summary>
internal sealed partial class CatalogueReader
{
    private readonly ItemReader<Person> readPerson;
    private readonly ItemReader<CompetencyAssessment> readAssessment;
    private readonly ItemReader<RoleAssignment> readAssignment;

    private Person? Person(ref Utf8JsonReader reader)
    {
        var state = Open(ref reader, PersonMembers.Table);
        using var release = Release(state);
        string? id = null;
        ImmutableArray<CompetencyAssessment> assessments = [];
        ImmutableArray<RoleAssignment> assignments = [];
        while (NextMember(ref reader, ref state, out var member))
        {
            switch (member)
            {
                case PersonMembers.Id: id = Identifier(ref reader, ref state, member); break;
                case PersonMembers.Assessments: assessments = Items(ref reader, ref state, member, readAssessment, "competency assessments", "a competency assessment", out _); break;
                default: assignments = Items(ref reader, ref state, member, readAssignment, "role assignments", "a role assignment", out _); break;
            }

            path.Pop();
        }

        id = Required(state, id, PersonMembers.Id);
        if (id is null || state.Broken != 0)
        {
            return null;
        }

        try
        {
            return new Person(id, assessments, assignments, Extensions(state));
        }
        catch (ArgumentException e)
        {
            Invalid(state, e, PersonMembers.Id);
            return null;
        }
    }

    private CompetencyAssessment? Assessment(ref Utf8JsonReader reader)
    {
        var state = Open(ref reader, AssessmentMembers.Table);
        using var release = Release(state);
        string? competency = null, scale = null, level = null, assessedOnText = null, sourceText = null, expiresOnText = null, evidence = null;
        while (NextMember(ref reader, ref state, out var member))
        {
            switch (member)
            {
                case AssessmentMembers.Competency: competency = Identifier(ref reader, ref state, member); break;
                case AssessmentMembers.Scale: scale = Identifier(ref reader, ref state, member); break;
                case AssessmentMembers.Level: level = Identifier(ref reader, ref state, member); break;
                case AssessmentMembers.AssessedOn: assessedOnText = String(ref reader, ref state, member, Shapes.Date); break;
                case AssessmentMembers.Source: sourceText = Enumerated(ref reader, ref state, member, WireValues.SourceValues); break;
                case AssessmentMembers.ExpiresOn: expiresOnText = String(ref reader, ref state, member, Shapes.Date); break;
                default: evidence = String(ref reader, ref state, member); break;
            }

            path.Pop();
        }

        competency = Required(state, competency, AssessmentMembers.Competency);
        scale = Required(state, scale, AssessmentMembers.Scale);
        level = Required(state, level, AssessmentMembers.Level);
        var assessedOn = Date(state, assessedOnText, AssessmentMembers.AssessedOn, required: true);
        var source = Enumeration(state, sourceText, AssessmentMembers.Source, WireValues.ParseSource, WireValues.SourceValues);
        var expiresOn = Date(state, expiresOnText, AssessmentMembers.ExpiresOn, required: false);
        if (competency is null || scale is null || level is null || assessedOn is null || source is null
            || (expiresOnText is not null && expiresOn is null) || state.Broken != 0)
        {
            return null;
        }

        try
        {
            return new CompetencyAssessment(competency, new LevelReference(scale, level), assessedOn.Value, source.Value, expiresOn, evidence, Extensions(state));
        }
        catch (ArgumentException e)
        {
            Invalid(state, e, e.ParamName switch
            {
                "competencyId" => AssessmentMembers.Competency,
                "scaleId" => AssessmentMembers.Scale,
                "levelCode" => AssessmentMembers.Level,
                _ => AssessmentMembers.ExpiresOn,
            });
            return null;
        }
    }

    private RoleAssignment? Assignment(ref Utf8JsonReader reader)
    {
        var state = Open(ref reader, AssignmentMembers.Table);
        using var release = Release(state);
        string? role = null, fromText = null, toText = null;
        while (NextMember(ref reader, ref state, out var member))
        {
            switch (member)
            {
                case AssignmentMembers.Role: role = Identifier(ref reader, ref state, member); break;
                case AssignmentMembers.From: fromText = String(ref reader, ref state, member, Shapes.Date); break;
                default: toText = String(ref reader, ref state, member, Shapes.Date); break;
            }

            path.Pop();
        }

        role = Required(state, role, AssignmentMembers.Role);
        var from = Date(state, fromText, AssignmentMembers.From, required: true);
        var to = Date(state, toText, AssignmentMembers.To, required: false);
        if (role is null || from is null || (toText is not null && to is null) || state.Broken != 0)
        {
            return null;
        }

        try
        {
            return new RoleAssignment(role, from.Value, to, Extensions(state));
        }
        catch (ArgumentException e)
        {
            Invalid(state, e, e.ParamName is "end" ? AssignmentMembers.To : AssignmentMembers.Role);
            return null;
        }
    }

    private static class PersonMembers
    {
        internal const int Id = 0, Assessments = 1, Assignments = 2;
        internal static readonly KnownMembers Table = new("id", "assessments", "assignments");
    }

    private static class AssessmentMembers
    {
        internal const int Competency = 0, Scale = 1, Level = 2, AssessedOn = 3, Source = 4, ExpiresOn = 5, Evidence = 6;
        internal static readonly KnownMembers Table = new("competency", "scale", "level", "assessedOn", "source", "expiresOn", "evidence");
    }

    private static class AssignmentMembers
    {
        internal const int Role = 0, From = 1, To = 2;
        internal static readonly KnownMembers Table = new("role", "from", "to");
    }
}
