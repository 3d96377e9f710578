using System.Text.Json;
using RoleModel.Analysis;
using RoleModel.Cli.Commands;

namespace RoleModel.Cli;

/// <summary>Analysis results as JSON for pipelines.</summary>
internal static class AnalysisJson
{
    public static void WriteGap(Utf8JsonWriter writer, GapAnalysis analysis, Labels labels)
    {
        writer.WriteStartObject();
        writer.WriteString("role", analysis.RoleId);
        writer.WriteString("roleTitle", labels.RoleTitle(analysis.RoleId));
        writer.WriteString("person", analysis.PersonId);
        writer.WriteString("asOf", analysis.AsOf.ToString("yyyy-MM-dd", Text.Culture));
        JsonOutput.WriteRounded(writer, "score", analysis.Score);
        writer.WriteBoolean("allEssentialMet", analysis.AllEssentialMet);
        writer.WriteStartArray("requirements");
        foreach (var gap in analysis.Requirements)
        {
            writer.WriteStartObject();
            writer.WriteString("requirement", gap.Requirement.Id);
            writer.WriteString("importance", Text.Name(gap.Requirement.Importance));
            writer.WriteString("status", GapCommand.Status(gap.Status));
            WriteLevel(writer, "required", gap.RequiredLevel);
            WriteLevel(writer, "held", gap.HeldLevel);
            if (gap.CompetencyId is { } competency)
            {
                writer.WriteString("competency", competency);
                writer.WriteString("competencyName", labels.CompetencyName(competency));
            }

            if (gap.LevelGap is { } levelGap)
            {
                writer.WriteNumber("levelGap", levelGap);
            }

            writer.WriteBoolean("stale", gap.IsStale);
            JsonOutput.WriteRounded(writer, "contribution", gap.Contribution);
            JsonOutput.WriteRounded(writer, "maxContribution", gap.MaxContribution);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    public static void WriteRanking(Utf8JsonWriter writer, IEnumerable<RankedFit> hits, Labels labels)
    {
        writer.WriteStartArray();
        foreach (var hit in hits)
        {
            writer.WriteStartObject();
            writer.WriteString("role", hit.RoleId);
            writer.WriteString("roleTitle", labels.RoleTitle(hit.RoleId));
            writer.WriteString("person", hit.PersonId);
            JsonOutput.WriteRounded(writer, "score", hit.Score);
            writer.WriteBoolean("allEssentialMet", hit.AllEssentialMet);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }

    public static void WriteCoverage(Utf8JsonWriter writer, IReadOnlyList<RequirementCoverage> requirements, IReadOnlyList<RoleBench> roles, int top, Labels labels)
    {
        writer.WriteStartObject();
        writer.WriteStartArray("requirements");
        foreach (var requirement in requirements.Take(top))
        {
            writer.WriteStartObject();
            writer.WriteString("role", requirement.RoleId);
            writer.WriteString("roleTitle", labels.RoleTitle(requirement.RoleId));
            writer.WriteString("requirement", requirement.Requirement.Id);
            WriteIds(writer, "competencies", requirement.Requirement.CompetencyIds);
            WriteIds(writer, "people", requirement.PersonIds);
            writer.WriteBoolean("singlePointOfFailure", requirement.IsSinglePointOfFailure);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteNumber("requirementsLeftOut", Math.Max(0, requirements.Count - top));
        writer.WriteStartArray("roles");
        foreach (var role in roles.Take(top))
        {
            writer.WriteStartObject();
            writer.WriteString("role", role.RoleId);
            writer.WriteString("roleTitle", labels.RoleTitle(role.RoleId));
            writer.WriteNumber("benchStrength", role.Strength);
            WriteIds(writer, "people", role.PersonIds);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteNumber("rolesLeftOut", Math.Max(0, roles.Count - top));
        writer.WriteEndObject();
    }

    private static void WriteIds(Utf8JsonWriter writer, string name, IEnumerable<string> ids)
    {
        writer.WriteStartArray(name);
        foreach (var id in ids)
        {
            writer.WriteStringValue(id);
        }

        writer.WriteEndArray();
    }

    private static void WriteLevel(Utf8JsonWriter writer, string name, LevelReference? level)
    {
        if (level is null)
        {
            return;
        }

        writer.WriteStartObject(name);
        writer.WriteString("scale", level.ScaleId);
        writer.WriteString("level", level.LevelCode);
        writer.WriteEndObject();
    }
}
