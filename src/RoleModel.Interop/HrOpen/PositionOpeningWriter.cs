using System.Text.Json;
using RoleModel.Interop.Standards;

namespace RoleModel.Interop.HrOpen;

/// <summary>Writes one PositionOpening with one PositionProfile: the role's identifier and title, its occupational
/// classification as job categories, purpose, outcomes, areas and tasks as formatted descriptions, and each
/// requirement as a position competency (required or desired proficiency level with its scale, weight, taxonomy).</summary>
internal sealed class PositionOpeningWriter(RoleSource source, Utf8JsonWriter writer)
{
    public void Write(List<ExportLoss> losses)
    {
        var role = source.Role;
        writer.WriteStartObject();
        WriteIdentifier("documentId", role.Id, HrOpenNames.RoleScheme);
        writer.WriteStartArray("positionProfiles");
        writer.WriteStartObject();
        WriteIdentifier("positionId", role.Id, HrOpenNames.RoleScheme);
        writer.WriteString("positionTitle", source.Text(role.Title) ?? role.Id);
        WriteJobCategories();
        WriteDescriptions(role);
        WriteQualifications(role);
        writer.WriteEndObject();
        writer.WriteEndArray();
        writer.WriteEndObject();
        RoleSource.Add(losses, LostAspect.RequirementGroups, role.Requirements.Count(r => r.IsGroup));
    }

    private void WriteJobCategories()
    {
        var codes = source.Classification;
        if (codes.IsEmpty)
        {
            return;
        }

        writer.WriteStartArray("jobCategories");
        if (codes.EscoUri is { } esco)
        {
            WriteCategory(esco, HrOpenNames.Esco);
        }

        if (codes.IscoCode is { } isco)
        {
            WriteCategory(isco, HrOpenNames.IscoScheme);
        }

        if (codes.OnetCode is { } onet)
        {
            WriteCategory(onet, HrOpenNames.OnetScheme);
        }

        writer.WriteEndArray();
    }

    private void WriteCategory(string value, string scheme)
    {
        writer.WriteStartObject();
        WriteIdentifier("id", value, scheme);
        writer.WriteEndObject();
    }

    private void WriteDescriptions(Role role)
    {
        var purpose = source.Text(role.Purpose);
        if (purpose is null && role.Outcomes.IsEmpty && role.Areas.IsEmpty && source.Tasks.IsEmpty)
        {
            return;
        }

        writer.WriteStartArray("positionFormattedDescriptions");
        if (purpose is not null)
        {
            WriteDescription("purpose", HrOpenNames.PurposeScheme, null, purpose);
        }

        var number = 0;
        foreach (var outcome in role.Outcomes)
        {
            WriteDescription((++number).ToString(System.Globalization.CultureInfo.InvariantCulture), HrOpenNames.OutcomeScheme, null, source.Text(outcome) ?? string.Empty);
        }

        foreach (var area in role.Areas)
        {
            WriteDescription(area.Id, HrOpenNames.AreaScheme, source.Text(area.Name) ?? area.Id, null);
        }

        foreach (var task in source.Tasks)
        {
            WriteDescription(task.Id, HrOpenNames.TaskScheme, source.Text(task.Title) ?? task.Id, source.Text(task.Description));
        }

        writer.WriteEndArray();
    }

    private void WriteDescription(string id, string scheme, string? title, string? content)
    {
        writer.WriteStartObject();
        WriteIdentifier("descriptionId", id, scheme);
        if (title is not null)
        {
            writer.WriteString("title", title);
        }

        if (content is not null)
        {
            writer.WriteString("content", content);
        }

        writer.WriteEndObject();
    }

    private void WriteQualifications(Role role)
    {
        if (role.Requirements.IsEmpty)
        {
            return;
        }

        writer.WriteStartArray("positionQualifications");
        writer.WriteStartObject();
        writer.WriteStartArray("positionCompetencies");
        foreach (var requirement in role.Requirements)
        {
            foreach (var competencyId in requirement.CompetencyIds)
            {
                WriteCompetency(requirement, competencyId);
            }
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
        writer.WriteEndArray();
    }

    private void WriteCompetency(CompetencyRequirement requirement, string competencyId)
    {
        var esco = HrOpenNames.IsEsco(competencyId);
        var framework = esco ? null : source.FrameworkOf(competencyId);
        var taxonomy = esco ? HrOpenNames.Esco : framework?.Id ?? competencyId;
        writer.WriteStartObject();
        writer.WriteStartArray("competencyIds");
        writer.WriteStartObject();
        writer.WriteString("value", competencyId);
        writer.WriteString("schemeId", taxonomy);
        writer.WriteEndObject();
        writer.WriteEndArray();
        writer.WriteStartArray("taxonomyIds");
        writer.WriteStartObject();
        writer.WriteString("value", taxonomy);
        if (esco)
        {
            writer.WriteString("schemeLink", HrOpenNames.EscoUri);
        }
        else if (framework?.Version is { } version)
        {
            writer.WriteString("schemeVersionId", version);
        }

        writer.WriteEndObject();
        writer.WriteEndArray();
        writer.WriteString("competencyName", source.CompetencyName(competencyId));
        writer.WriteStartObject("weight");
        writer.WriteNumber("value", requirement.Weight);
        writer.WriteEndObject();
        // Essential: the minimum level is required; optional: desired (an empty score says "desired" without a level).
        writer.WriteStartObject(requirement.Importance == RequirementImportance.Essential ? "requiredProficiencyLevel" : "desiredProficiencyLevel");
        if (requirement.MinimumLevel is { } level)
        {
            writer.WriteStartArray("scoresText");
            writer.WriteStartObject();
            writer.WriteString("value", level.LevelCode);
            writer.WriteString("scoreTextCode", level.ScaleId);
            if (source.Catalogue.FindScale(level.ScaleId) is { Levels: [var lowest, .., var highest] })
            {
                writer.WriteString("minimum", lowest.Code);
                writer.WriteString("maximum", highest.Code);
            }

            writer.WriteEndObject();
            writer.WriteEndArray();
        }

        writer.WriteEndObject();
        writer.WriteEndObject();
    }

    private void WriteIdentifier(string name, string value, string scheme)
    {
        writer.WriteStartObject(name);
        writer.WriteString("value", value);
        writer.WriteString("schemeId", scheme);
        writer.WriteEndObject();
    }
}
