using System.Text.Json;
using NodaTime.Text;
using RoleModel.Interop.Standards;

namespace RoleModel.Interop.SchemaOrg;

/// <summary>Writes the members of one Occupation or JobPosting node into the object the caller opened.</summary>
internal sealed class SchemaOrgWriter(RoleSource source, Utf8JsonWriter writer)
{
    public void Write(JobPostingDetails? posting, List<ExportLoss> losses)
    {
        var role = source.Role;
        if (posting is null)
        {
            WriteOccupation(role);
        }
        else
        {
            writer.WriteString("@type", "JobPosting");
            writer.WriteString("title", source.Text(role.Title) ?? role.Id);
            writer.WriteString("description", source.Text(role.Purpose) ?? source.Text(role.Title) ?? role.Id);
            writer.WriteStartObject("hiringOrganization");
            writer.WriteString("@type", "Organization");
            writer.WriteString("name", posting.HiringOrganization);
            writer.WriteEndObject();
            writer.WriteStartObject("jobLocation");
            writer.WriteString("@type", "Place");
            writer.WriteString("address", posting.Location);
            writer.WriteEndObject();
            writer.WriteString("datePosted", LocalDatePattern.Iso.Format(posting.DatePosted));
            writer.WriteString("validThrough", LocalDatePattern.Iso.Format(posting.ValidThrough));
            WriteContent(role);
            writer.WriteStartObject("relevantOccupation");
            WriteOccupation(role);
            writer.WriteEndObject();
        }

        RoleSource.Add(losses, LostAspect.Weights, role.Requirements.Count(r => r.Weight != 1.0));
        RoleSource.Add(losses, LostAspect.Importance, role.Requirements.Count(r => r.Importance == RequirementImportance.Optional));
        RoleSource.Add(losses, LostAspect.RequirementGroups, role.Requirements.Count(r => r.IsGroup));
    }

    private void WriteOccupation(Role role)
    {
        writer.WriteString("@type", "Occupation");
        if (IsWebAddress(role.Id))
        {
            writer.WriteString("@id", role.Id);
        }

        writer.WriteString("name", source.Text(role.Title) ?? role.Id);
        if (source.Text(role.Purpose) is { } purpose)
        {
            writer.WriteString("description", purpose);
        }

        WriteContent(role);
    }

    private void WriteContent(Role role)
    {
        var responsibilities = source.Tasks.Select(t => source.Text(t.Title) ?? t.Id)
            .Concat(role.Outcomes.Select(source.Text).OfType<string>())
            .Concat(role.Areas.Select(a => source.Text(a.Name) ?? a.Id)).ToList();
        if (responsibilities.Count > 0)
        {
            writer.WriteStartArray("responsibilities");
            responsibilities.ForEach(writer.WriteStringValue);
            writer.WriteEndArray();
        }

        if (!role.Requirements.IsEmpty)
        {
            writer.WriteStartArray("skills");
            foreach (var competencyId in role.Requirements.SelectMany(r => r.CompetencyIds))
            {
                WriteSkill(competencyId);
            }

            writer.WriteEndArray();
        }

        var qualifications = role.Requirements.Where(r => r.MinimumLevel is not null).Select(Qualification).ToList();
        if (qualifications.Count > 0)
        {
            writer.WriteStartArray("qualifications");
            qualifications.ForEach(writer.WriteStringValue);
            writer.WriteEndArray();
        }

        WriteCategories();
    }

    private string Qualification(CompetencyRequirement requirement)
    {
        var level = requirement.MinimumLevel!;
        var label = source.Catalogue.FindScale(level.ScaleId)?.FindLevel(level.LevelCode)?.Label is { IsEmpty: false } text ? source.Text(text) : level.LevelCode;
        return $"{string.Join(" | ", requirement.CompetencyIds.Select(source.CompetencyName))}: {label} ({level.ScaleId})";
    }

    private void WriteSkill(string competencyId)
    {
        writer.WriteStartObject();
        writer.WriteString("@type", "DefinedTerm");
        if (IsWebAddress(competencyId))
        {
            writer.WriteString("@id", competencyId);
        }

        writer.WriteString("name", source.CompetencyName(competencyId));
        writer.WriteString("termCode", competencyId);
        writer.WriteStartObject("inDefinedTermSet");
        writer.WriteString("@type", "DefinedTermSet");
        if (competencyId.StartsWith("http://data.europa.eu/esco/", StringComparison.Ordinal))
        {
            writer.WriteString("@id", "http://data.europa.eu/esco");
            writer.WriteString("name", "ESCO");
        }
        else
        {
            var framework = source.FrameworkOf(competencyId);
            writer.WriteString("name", framework is null ? competencyId : source.Text(framework.Name) ?? framework.Id);
        }

        writer.WriteEndObject();
        writer.WriteEndObject();
    }

    /// <summary>Whether an identifier is an http(s) address, written as the node's <c>@id</c> (ESCO's URIs are).</summary>
    private static bool IsWebAddress(string id) =>
        (id.StartsWith("http://", StringComparison.Ordinal) || id.StartsWith("https://", StringComparison.Ordinal)) && id.AsSpan().IndexOfAny(NotInAddress) < 0;

    private static readonly System.Buffers.SearchValues<char> NotInAddress = System.Buffers.SearchValues.Create(" \t\r\n<>\"{}|\\^`");

    private void WriteCategories()
    {
        var codes = source.Classification;
        if (codes.IscoCode is null && codes.OnetCode is null)
        {
            return;
        }

        writer.WriteStartArray("occupationalCategory");
        if (codes.IscoCode is { } isco)
        {
            WriteCategory(isco, "ISCO-08");
        }

        if (codes.OnetCode is { } onet)
        {
            WriteCategory(onet, "O*NET-SOC");
        }

        writer.WriteEndArray();
    }

    private void WriteCategory(string code, string set)
    {
        writer.WriteStartObject();
        writer.WriteString("@type", "CategoryCode");
        writer.WriteString("codeValue", code);
        writer.WriteStartObject("inCodeSet");
        writer.WriteString("@type", "CategoryCodeSet");
        writer.WriteString("name", set);
        writer.WriteEndObject();
        writer.WriteEndObject();
    }
}
