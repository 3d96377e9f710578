using System.Text.Json;
using NodaTime;
using RoleModel.Evolution;

namespace RoleModel.Cli;

/// <summary>The JSON output of the patterns, evolve and lineage commands.</summary>
internal static class EvolutionJson
{
    public static void WritePatterns(Utf8JsonWriter writer, TaskPatternReport report)
    {
        writer.WriteStartObject();
        Day(writer, "from", report.From);
        Day(writer, "to", report.To);
        writer.WriteString("knownAt", report.KnownAt.ToString());
        writer.WriteNumber("rolesCompared", report.RolesCompared);
        writer.WriteNumber("tasksCompared", report.TasksCompared);
        writer.WriteStartArray("patterns");
        foreach (var pattern in report.Patterns)
        {
            writer.WriteStartObject();
            writer.WriteString("key", pattern.Key);
            Localized(writer, "label", pattern.Label);
            writer.WriteNumber("roles", pattern.RoleIds.Length);
            Day(writer, "since", pattern.Since);
            writer.WriteNumber("rolesAtStart", pattern.RolesAtStart);
            writer.WriteNumber("rolesAtEnd", pattern.RolesAtEnd);
            if (pattern.MedianShare is { } median)
            {
                writer.WriteNumber("medianShare", median);
            }
            else
            {
                writer.WriteNull("medianShare");
            }

            writer.WriteNumber("selfInitiatedRoles", pattern.SelfInitiatedRoles);
            writer.WriteBoolean("emerging", pattern.IsEmerging);
            writer.WriteStartArray("series");
            foreach (var point in pattern.Series)
            {
                writer.WriteStartObject();
                Day(writer, "day", point.Day);
                writer.WriteNumber("roles", point.Roles);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteStartArray("members");
            foreach (var member in pattern.Members)
            {
                writer.WriteStartObject();
                writer.WriteString("role", member.RoleId);
                writer.WriteString("task", member.TaskId);
                Localized(writer, "title", member.Title);
                writer.WriteString("origin", Text.Name(member.Origin));
                Day(writer, "since", member.Since);
                OptionalDay(writer, "until", member.Until);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    public static void WriteEvolution(Utf8JsonWriter writer, TemplateEvolutionReport report)
    {
        writer.WriteStartObject();
        writer.WriteString("template", report.TemplateRoleId);
        Day(writer, "on", report.On);
        writer.WriteString("knownAt", report.KnownAt.ToString());
        Strings(writer, "derivedRoles", report.DerivedRoleIds);
        writer.WriteStartArray("proposals");
        foreach (var proposal in report.Proposals)
        {
            writer.WriteStartObject();
            writer.WriteString("kind", Text.Name(proposal.Kind));
            writer.WriteString("subject", proposal.Subject);
            Localized(writer, "label", proposal.Label);
            OptionalDay(writer, "since", proposal.Since);
            writer.WriteStartArray("evidence");
            foreach (var evidence in proposal.Evidence)
            {
                writer.WriteStartObject();
                writer.WriteString("role", evidence.RoleId);
                Strings(writer, "tasks", evidence.TaskIds);
                Day(writer, "since", evidence.Since);
                OptionalDay(writer, "until", evidence.Until);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    public static void WriteProvenance(Utf8JsonWriter writer, RoleProvenance provenance, Instant knownAt)
    {
        writer.WriteStartObject();
        writer.WriteString("role", provenance.RoleId);
        writer.WriteString("knownAt", knownAt.ToString());
        WriteLineage(writer, "ancestry", provenance.Ancestry);
        WriteLineage(writer, "descendants", provenance.Descendants);
        writer.WriteStartArray("tasks");
        foreach (var source in provenance.Tasks)
        {
            writer.WriteStartObject();
            writer.WriteString("task", source.Task.TaskId);
            Localized(writer, "title", source.Task.Title);
            writer.WriteString("origin", Text.Name(source.Task.Origin));
            Day(writer, "since", source.Task.Since);
            OptionalDay(writer, "until", source.Task.Until);
            writer.WriteStartObject("source");
            writer.WriteString("kind", Text.Name(source.Kind));
            if (source.SourceRoleId is { } from)
            {
                writer.WriteString("role", from);
                OptionalDay(writer, "day", source.SourceDay);
            }

            if (source.ChangeId is { } change)
            {
                writer.WriteString("change", change);
            }

            writer.WriteEndObject();
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    public static void Day(Utf8JsonWriter writer, string name, LocalDate day) => writer.WriteString(name, day.ToString("yyyy-MM-dd", Text.Culture));

    public static void OptionalDay(Utf8JsonWriter writer, string name, LocalDate? day)
    {
        if (day is { } value)
        {
            Day(writer, name, value);
        }
        else
        {
            writer.WriteNull(name);
        }
    }

    private static void WriteLineage(Utf8JsonWriter writer, string name, IEnumerable<RoleLineage> facts)
    {
        writer.WriteStartArray(name);
        foreach (var fact in facts)
        {
            writer.WriteStartObject();
            writer.WriteString("role", fact.RoleId);
            writer.WriteString("kind", Text.Name(fact.Kind));
            writer.WriteString("from", fact.SourceRoleId);
            Day(writer, "effective", fact.EffectiveOn);
            Strings(writer, "tasks", fact.TaskIds);
            writer.WriteString("reason", fact.Reason);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }

    private static void Strings(Utf8JsonWriter writer, string name, IEnumerable<string> values)
    {
        writer.WriteStartArray(name);
        foreach (var value in values)
        {
            writer.WriteStringValue(value);
        }

        writer.WriteEndArray();
    }

    public static void Localized(Utf8JsonWriter writer, string name, LocalizedText text)
    {
        writer.WriteStartObject(name);
        foreach (var (culture, value) in text.Entries)
        {
            writer.WriteString(culture, value);
        }

        writer.WriteEndObject();
    }
}
