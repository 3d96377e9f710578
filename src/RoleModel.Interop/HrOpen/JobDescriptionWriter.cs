using System.Text.Json;
using RoleModel.Interop.Standards;

namespace RoleModel.Interop.HrOpen;

/// <summary>Writes one JDX JobDescription: title, purpose, outcomes and areas as responsibilities, the day's tasks,
/// and each requirement's competencies with <c>required</c>/<c>preferred</c> and the minimum level as the
/// annotation's scale category.</summary>
internal sealed class JobDescriptionWriter(RoleSource source, Utf8JsonWriter writer)
{
    public void Write(List<ExportLoss> losses)
    {
        var role = source.Role;
        writer.WriteStartObject();
        writer.WriteString("positionID", role.Id);
        writer.WriteString("title", source.Text(role.Title) ?? role.Id);
        if (source.Text(role.Purpose) is { } purpose)
        {
            writer.WriteStartArray("descriptions");
            writer.WriteStringValue(purpose);
            writer.WriteEndArray();
        }

        WriteResponsibilities(role);
        if (!source.Tasks.IsEmpty)
        {
            writer.WriteStartArray("tasks");
            foreach (var task in source.Tasks)
            {
                WriteTerm(source.Text(task.Title) ?? task.Id, task.Id, HrOpenNames.TaskSet, source.Text(task.Description));
            }

            writer.WriteEndArray();
        }

        WriteCompetencies(role);
        writer.WriteEndObject();
        RoleSource.Add(losses, LostAspect.Weights, role.Requirements.Count(r => r.Weight != 1.0));
        RoleSource.Add(losses, LostAspect.RequirementGroups, role.Requirements.Count(r => r.IsGroup));
        RoleSource.Add(losses, LostAspect.Classification, source.Classification.IsEmpty ? 0 : 1);
    }

    private void WriteResponsibilities(Role role)
    {
        if (role.Outcomes.IsEmpty && role.Areas.IsEmpty)
        {
            return;
        }

        writer.WriteStartArray("responsibilities");
        foreach (var outcome in role.Outcomes)
        {
            WriteTerm(source.Text(outcome) ?? string.Empty, null, HrOpenNames.OutcomeSet, null);
        }

        foreach (var area in role.Areas)
        {
            WriteTerm(source.Text(area.Name) ?? area.Id, area.Id, HrOpenNames.AreaSet, null);
        }

        writer.WriteEndArray();
    }

    private void WriteCompetencies(Role role)
    {
        if (role.Requirements.IsEmpty)
        {
            return;
        }

        writer.WriteStartArray("competencies");
        foreach (var requirement in role.Requirements)
        {
            foreach (var competencyId in requirement.CompetencyIds)
            {
                writer.WriteStartObject();
                writer.WriteString("name", source.CompetencyName(competencyId));
                writer.WriteString("termCode", competencyId);
                if (!HrOpenNames.IsEsco(competencyId) && source.Catalogue.FindCompetency(competencyId) is { } competency && source.Text(competency.Description) is { } description)
                {
                    writer.WriteStartArray("descriptions");
                    writer.WriteStringValue(description);
                    writer.WriteEndArray();
                }

                WriteTaxonomy(competencyId);
                writer.WriteStartObject("annotation");
                writer.WriteBoolean("required", requirement.Importance == RequirementImportance.Essential);
                writer.WriteBoolean("preferred", requirement.Importance == RequirementImportance.Optional);
                if (requirement.MinimumLevel is { } level)
                {
                    var label = source.Catalogue.FindScale(level.ScaleId)?.FindLevel(level.LevelCode)?.Label;
                    writer.WriteStartObject("scaleCategory");
                    writer.WriteString("name", label is null ? level.LevelCode : source.Text(label) ?? level.LevelCode);
                    writer.WriteString("termCode", level.LevelCode);
                    writer.WriteStartObject("inDefinedTermSet");
                    writer.WriteString("name", level.ScaleId);
                    writer.WriteEndObject();
                    writer.WriteEndObject();
                }

                writer.WriteEndObject();
                writer.WriteEndObject();
            }
        }

        writer.WriteEndArray();
    }

    private void WriteTaxonomy(string competencyId)
    {
        writer.WriteStartObject("inDefinedTermSet");
        if (HrOpenNames.IsEsco(competencyId))
        {
            writer.WriteString("name", HrOpenNames.Esco);
            writer.WriteString("url", HrOpenNames.EscoUri);
        }
        else
        {
            var framework = source.FrameworkOf(competencyId);
            writer.WriteString("name", framework is null ? competencyId : source.Text(framework.Name) ?? framework.Id);
        }

        writer.WriteEndObject();
    }

    private void WriteTerm(string name, string? code, string set, string? description)
    {
        writer.WriteStartObject();
        writer.WriteString("name", name);
        if (code is not null)
        {
            writer.WriteString("termCode", code);
        }

        if (description is not null)
        {
            writer.WriteStartArray("descriptions");
            writer.WriteStringValue(description);
            writer.WriteEndArray();
        }

        writer.WriteStartObject("inDefinedTermSet");
        writer.WriteString("name", set);
        writer.WriteEndObject();
        writer.WriteEndObject();
    }
}
