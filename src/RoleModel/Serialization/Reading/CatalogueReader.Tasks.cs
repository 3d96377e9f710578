using System.Collections.Immutable;
using System.Text.Json;
using RoleModel.Validation;

namespace RoleModel.Serialization.Reading;

/// <summary>Tasks of a role's task profile and the competencies they use.</summary>
internal sealed partial class CatalogueReader
{
    private readonly ItemReader<CompetencyUse> readUse;
    private readonly ItemReader<RoleTask> readTask;

    private RoleTask? Task(ref Utf8JsonReader reader)
    {
        var state = Open(ref reader, TaskMembers.Table);
        using var release = Release(state);
        string? id = null, area = null, originText = null, statusText = null;
        LocalizedText? title = null, description = null;
        ImmutableArray<CompetencyUse> uses = [];
        var allUses = true;
        decimal? share = null;
        while (NextMember(ref reader, ref state, out var member))
        {
            switch (member)
            {
                case TaskMembers.Id: id = Identifier(ref reader, ref state, member); break;
                case TaskMembers.Title: title = Text(ref reader, ref state, member); break;
                case TaskMembers.Description: description = Text(ref reader, ref state, member); break;
                case TaskMembers.Area: area = Identifier(ref reader, ref state, member); break;
                case TaskMembers.Uses: uses = Items(ref reader, ref state, member, readUse, "competency uses", "a competency use", out allUses); break;
                case TaskMembers.Share: share = Decimal(ref reader, ref state, member); break;
                case TaskMembers.Origin: originText = Enumerated(ref reader, ref state, member, WireValues.OriginValues); break;
                default: statusText = Enumerated(ref reader, ref state, member, WireValues.StatusValues); break;
            }

            path.Pop();
        }

        id = Required(state, id, TaskMembers.Id);
        title = RequiredText(state, title, TaskMembers.Title);
        description = OptionalText(state, description, TaskMembers.Description);
        if (share is null && !state.IsBroken(TaskMembers.Share))
        {
            Missing(state, TaskMembers.Share);
        }

        share = share is { } value && Percentage(state, value, TaskMembers.Share) ? value : null;
        var origin = Enumeration(state, originText, TaskMembers.Origin, WireValues.ParseOrigin, WireValues.OriginValues);
        var status = Enumeration(state, statusText, TaskMembers.Status, WireValues.ParseStatus, WireValues.StatusValues);
        if (id is null || title is null || description is null || !allUses || share is null || origin is null || status is null || state.Broken != 0)
        {
            return null;
        }

        try
        {
            return new RoleTask(id, title, share.Value, origin.Value, status.Value, area, uses, description, Extensions(state));
        }
        catch (ArgumentException e)
        {
            Invalid(state, e, e.ParamName is "areaId" ? TaskMembers.Area : TaskMembers.Id);
            return null;
        }
    }

    private CompetencyUse? Use(ref Utf8JsonReader reader)
    {
        var state = Open(ref reader, UseMembers.Table);
        using var release = Release(state);
        string? competency = null, scale = null, level = null;
        while (NextMember(ref reader, ref state, out var member))
        {
            switch (member)
            {
                case UseMembers.Competency: competency = Identifier(ref reader, ref state, member); break;
                case UseMembers.Scale: scale = Identifier(ref reader, ref state, member); break;
                default: level = Identifier(ref reader, ref state, member); break;
            }

            path.Pop();
        }

        competency = Required(state, competency, UseMembers.Competency);
        if (state.Has(UseMembers.Scale) != state.Has(UseMembers.Level))
        {
            var (present, absent) = state.Has(UseMembers.Scale) ? (UseMembers.Scale, UseMembers.Level) : (UseMembers.Level, UseMembers.Scale);
            Add(state, ProblemCodes.MissingMember, absent, ProblemMessage.Of("CompetencyUse.Pair", state.Members[present], state.Members[absent]));
            return null;
        }

        if (competency is null || state.Broken != 0)
        {
            return null;
        }

        try
        {
            var levelReference = scale is null ? null : new LevelReference(scale, level!);
            return new CompetencyUse(competency, levelReference, Extensions(state));
        }
        catch (ArgumentException e)
        {
            Invalid(state, e, e.ParamName switch { "scaleId" => UseMembers.Scale, "levelCode" => UseMembers.Level, _ => UseMembers.Competency });
            return null;
        }
    }

    private static class TaskMembers
    {
        internal const int Id = 0, Title = 1, Description = 2, Area = 3, Uses = 4, Share = 5, Origin = 6, Status = 7;
        internal static readonly KnownMembers Table = new("id", "title", "description", "area", "uses", "share", "origin", "status");
    }

    private static class UseMembers
    {
        internal const int Competency = 0, Scale = 1, Level = 2;
        internal static readonly KnownMembers Table = new("competency", "scale", "level");
    }
}
