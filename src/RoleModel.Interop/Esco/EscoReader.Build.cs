using System.Collections.Immutable;
using System.Runtime.InteropServices;

namespace RoleModel.Interop.Esco;

/// <summary>Turns the rows read into the domain objects, once no error was found.</summary>
internal sealed partial class EscoReader
{
    private EscoImportResult Build()
    {
        var rows = steps.SelectMany(s => s.RowsRead).ToImmutableDictionary(StringComparer.Ordinal);
        var problems = steps.SelectMany(s => s.Log.Problems).ToImmutableArray();
        if (steps.Any(s => s.Log.HasErrors))
        {
            return new EscoImportResult(null, [], problems, rows);
        }

        // The two pillars are independent: build the competencies on another core meanwhile.
        var competencyTask = Task.Run(() => BuildAll(competencies, competencyColumns, WriteCompetencyExtensions, BuildCompetency));
        var roles = BuildAll(occupations, occupationColumns, WriteRoleExtensions, BuildRole);
        var groups = BuildAll(iscoGroups, iscoGroupColumns, WriteIscoGroupExtensions, BuildIscoGroup);
        var framework = new CompetencyFramework(
            EscoImporter.FrameworkId,
            LocalizedText.Of(options.Language, "ESCO skills pillar"),
            competencies: competencyTask.GetAwaiter().GetResult(),
            version: options.Version,
            description: LocalizedText.Of(options.Language, "This service uses the ESCO classification of the European Commission."));
        var identity = ReleaseIdentity.Of(EscoImporter.FrameworkId, options.Version, options.Issued, "European Commission");
        return new EscoImportResult(new Catalogue([framework], roles, identity: identity), groups, problems, rows);
    }

    /// <summary>
    /// Builds one object per concept. The extension data of all of them is written first and parsed as one JSON
    /// document (one document instead of thousands of small ones: fewer long-lived objects for the collector to
    /// promote), then the objects are built.
    /// </summary>
    private static ImmutableArray<T> BuildAll<T>(
        List<EscoConcept> concepts, PooledBuffer columns, Action<EscoConcept, ExtensionWriter> writeExtensions, Func<EscoConcept, ExtensionData, T> create)
    {
        // The generic columns, and a guess for the links and collections.
        using var writer = new ExtensionWriter((int)Math.Min(256 + columns.WrittenCount + (64L * concepts.Count), Array.MaxLength));
        foreach (var concept in concepts)
        {
            writer.Begin();
            writeExtensions(concept, writer);
            writer.Defer(concept.Columns.Of(columns));
        }

        var extensions = writer.TakeDeferred();
        var built = ImmutableArray.CreateBuilder<T>(concepts.Count);
        for (var i = 0; i < concepts.Count; i++)
        {
            built.Add(create(concepts[i], extensions[i]));
        }

        return built.MoveToImmutable();
    }

    private static void WriteCompetencyExtensions(EscoConcept concept, ExtensionWriter writer)
    {
        if (concept.Related is { } related)
        {
            writer.Member(EscoExtensionNames.RelatedSkills);
            writer.Json.WriteStartArray();
            foreach (var (uri, relationType) in related)
            {
                writer.Json.WriteStartObject();
                writer.Json.WriteString("uri", uri);
                writer.Json.WriteString("relationType", relationType);
                writer.Json.WriteEndObject();
            }

            writer.Json.WriteEndArray();
        }

        WriteCollections(concept, writer);
    }

    private Competency BuildCompetency(EscoConcept concept, ExtensionData extensions) =>
        new(concept.Uri, concept.Kind!, Text(concept.Label), Text(concept.Description), concept.Broader, extensions: extensions);

    private static void WriteRoleExtensions(EscoConcept concept, ExtensionWriter writer)
    {
        if (concept.Broader is { } broader)
        {
            writer.Strings(EscoExtensionNames.Broader, broader);
        }

        WriteCollections(concept, writer);
    }

    private Role BuildRole(EscoConcept concept, ExtensionData extensions) => new(
        concept.Uri,
        Text(concept.Label),
        purpose: Text(concept.Description),
        requirements: Requirements(concept.Requirements),
        tags: ["isco:" + concept.Code],
        extensions: extensions);

    /// <summary>The requirements of an occupation: ESCO gives no levels, so each has no minimum level and weight 1.</summary>
    private static ImmutableArray<CompetencyRequirement> Requirements(List<CompetencyRequirement>? requirements) =>
        requirements is null ? [] : ImmutableCollectionsMarshal.AsImmutableArray(CollectionsMarshal.AsSpan(requirements).ToArray());

    private static void WriteIscoGroupExtensions(EscoConcept concept, ExtensionWriter writer)
    {
        if (concept.Broader is [_, _, ..] broader)
        {
            writer.Strings(EscoExtensionNames.Broader, broader.Skip(1));
        }
    }

    private IscoGroup BuildIscoGroup(EscoConcept concept, ExtensionData extensions) =>
        new(concept.Uri, concept.Code!, Text(concept.Label), Text(concept.Description), concept.Broader?[0], extensions);

    private static void WriteCollections(EscoConcept concept, ExtensionWriter writer)
    {
        if (concept.Collections is { } collections)
        {
            writer.Strings(EscoExtensionNames.Collections, collections.Distinct(StringComparer.Ordinal));
        }
    }

    private LocalizedText Text(string text) => text.Length == 0 ? LocalizedText.Empty : LocalizedText.Of(options.Language, text);
}
