using System.Collections.Immutable;
using System.Globalization;

namespace RoleModel.Interop.Onet;

/// <summary>Turns the rows read into the domain objects, once no error was found.</summary>
internal sealed partial class OnetReader
{
    private static readonly string[] ImportanceLabels = ["Not important", "Somewhat important", "Important", "Very important", "Extremely important"];

    private OnetImportResult Build(string? version, NodaTime.LocalDate? issued, List<ProposedTask> emerging)
    {
        var rows = rowsRead.ToImmutableDictionary(StringComparer.Ordinal);
        if (log.HasErrors)
        {
            return new OnetImportResult(null, ImmutableDictionary<string, ImmutableArray<RoleTask>>.Empty, [], log.ToImmutable(), rows);
        }

        using var writer = new ExtensionWriter();
        var framework = new CompetencyFramework(
            OnetImporter.FrameworkId,
            LocalizedText.Of("en", "O*NET skills and knowledge"),
            scales: [ImportanceScale(), LevelScale()],
            competencies: BuildCompetencies(),
            version: version,
            description: LocalizedText.Of("en", "This product includes information from the O*NET Database by the U.S. Department of Labor, "
                + "Employment and Training Administration (USDOL/ETA). Used under the CC BY 4.0 license. O*NET(R) is a trademark of USDOL/ETA."));
        var roles = occupations.Select(o => BuildRole(o, writer)).ToImmutableArray();
        var tasks = occupations.ToImmutableDictionary(o => o.Soc, o => o.Tasks.ToImmutableArray(), StringComparer.Ordinal);
        var activityFramework = BuildActivityFramework(version);
        var identity = ReleaseIdentity.Of(OnetImporter.FrameworkId, version, issued, "U.S. Department of Labor, Employment and Training Administration");
        return new OnetImportResult(new Catalogue(activityFramework is null ? [framework] : [framework, activityFramework], roles, identity: identity), tasks, [.. emerging], log.ToImmutable(), rows);
    }

    /// <summary>The rated elements and their content-model ancestors, in content-model order (unknown elements last).</summary>
    private List<Competency> BuildCompetencies()
    {
        var kinds = elements.ToDictionary(e => e.Id, e => (e.Name, e.Kind), StringComparer.Ordinal);
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (id, _, _) in elements)
        {
            ids.Add(id);
            for (var parent = Parent(id); parent is not null; parent = Parent(parent))
            {
                if (contentModel.ContainsKey(parent))
                {
                    ids.Add(parent);
                }
            }
        }

        return [.. ids
            .OrderBy(id => contentModel.TryGetValue(id, out var entry) ? entry.Order : int.MaxValue)
            .ThenBy(id => elements.FindIndex(e => e.Id == id))
            .Select(id =>
            {
                var known = contentModel.TryGetValue(id, out var entry);
                var (name, kind) = kinds.TryGetValue(id, out var element) ? element : (entry.Name, OnetImporter.CategoryKind);
                var broader = Parent(id) is { } parent ? Ancestor(parent, ids) : null;
                return new Competency(id, kind, LocalizedText.Of("en", name),
                    known && entry.Description.Length > 0 ? LocalizedText.Of("en", entry.Description) : null,
                    broader is null ? null : [broader]);
            })];
    }

    private static string? Ancestor(string id, HashSet<string> ids)
    {
        for (string? candidate = id; candidate is not null; candidate = Parent(candidate))
        {
            if (ids.Contains(candidate))
            {
                return candidate;
            }
        }

        return null;
    }

    private static string? Parent(string id) => id.LastIndexOf('.') is var dot and > 0 ? id[..dot] : null;

    private static Role BuildRole(OnetOccupation occupation, ExtensionWriter writer)
    {
        writer.Begin();
        occupation.Columns.Write(writer, occupation.Values);
        if (occupation.JobZone is { } zone)
        {
            writer.Member(OnetExtensionNames.JobZone);
            writer.Json.WriteStartObject();
            writer.Json.WriteNumber("jobZone", zone);
            occupation.JobZoneColumns!.Write(writer, occupation.JobZoneValues!);
            writer.Json.WriteEndObject();
        }

        var extensions = writer.End();
        return new Role(
            occupation.Soc,
            LocalizedText.Of("en", occupation.Title),
            purpose: occupation.Description.Length == 0 ? null : LocalizedText.Of("en", occupation.Description),
            requirements: occupation.RatingOrder.Select(r => BuildRequirement(r, writer)),
            tags: occupation.JobZone is { } z ? [string.Create(CultureInfo.InvariantCulture, $"jobZone:{z}")] : null,
            extensions: extensions);
    }

    private static CompetencyRequirement BuildRequirement(OnetRating rating, ExtensionWriter writer)
    {
        writer.Begin();
        WriteRating(writer, OnetExtensionNames.Importance, rating.ImportanceValues, rating.Columns);
        WriteRating(writer, OnetExtensionNames.Level, rating.LevelValues, rating.Columns);
        var level = rating.Level is { } value && !rating.LevelNotRelevant
            ? new LevelReference(OnetImporter.LevelScaleId, ((int)Math.Round(value, MidpointRounding.AwayFromZero)).ToString(CultureInfo.InvariantCulture))
            : null;
        var importance = rating.Importance >= OnetImporter.EssentialImportance ? RequirementImportance.Essential : RequirementImportance.Optional;
        return new CompetencyRequirement(rating.ElementId, level, importance, rating.Importance ?? 1.0, writer.End());
    }

    private static void WriteRating(ExtensionWriter writer, string name, string?[]? values, OnetColumns columns)
    {
        if (values is null)
        {
            return;
        }

        writer.Member(name);
        writer.Json.WriteStartObject();
        columns.Write(writer, values);
        writer.Json.WriteEndObject();
    }

    private static ProficiencyScale ImportanceScale() => new(
        OnetImporter.ImportanceScaleId,
        Enumerable.Range(1, 5).Select(i => new ProficiencyLevel(i.ToString(CultureInfo.InvariantCulture), LocalizedText.Of("en", ImportanceLabels[i - 1]))),
        LocalizedText.Of("en", "O*NET Importance (IM), 1 to 5"));

    private static ProficiencyScale LevelScale() => new(
        OnetImporter.LevelScaleId,
        Enumerable.Range(0, 8).Select(i => new ProficiencyLevel(i.ToString(CultureInfo.InvariantCulture), LocalizedText.Of("en", string.Create(CultureInfo.InvariantCulture, $"Level {i}")))),
        LocalizedText.Of("en", "O*NET Level (LV), 0 to 7"));
}
