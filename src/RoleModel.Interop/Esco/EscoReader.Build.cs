using System.Collections.Immutable;

namespace RoleModel.Interop.Esco;

/// <summary>Turns the rows read into the domain objects, once no error was found.</summary>
internal sealed partial class EscoReader
{
    private EscoImportResult Build()
    {
        var rows = rowsRead.ToImmutableDictionary(StringComparer.Ordinal);
        if (log.HasErrors)
        {
            return new EscoImportResult(null, [], log.ToImmutable(), rows);
        }

        // The two pillars are independent: build the competencies on another core meanwhile.
        var competencyTask = Task.Run(() =>
        {
            using var competencyWriter = new ExtensionWriter();
            return competencies.Select(c => BuildCompetency(c, competencyWriter)).ToImmutableArray();
        });
        using var writer = new ExtensionWriter();
        var roles = occupations.Select(o => BuildRole(o, writer)).ToImmutableArray();
        var groups = iscoGroups.Select(g => BuildIscoGroup(g, writer)).ToImmutableArray();
        var framework = new CompetencyFramework(
            EscoImporter.FrameworkId,
            LocalizedText.Of(options.Language, "ESCO skills pillar"),
            competencies: competencyTask.GetAwaiter().GetResult(),
            version: options.Version,
            description: LocalizedText.Of(options.Language, "This service uses the ESCO classification of the European Commission."));
        return new EscoImportResult(new Catalogue([framework], roles), groups, log.ToImmutable(), rows);
    }

    private Competency BuildCompetency(EscoConcept concept, ExtensionWriter writer)
    {
        writer.Begin();
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
        return new Competency(concept.Uri, concept.Kind!, Text(concept.Label), Text(concept.Description), concept.Broader, extensions: writer.End(concept.Columns));
    }

    private Role BuildRole(EscoConcept concept, ExtensionWriter writer)
    {
        writer.Begin();
        if (concept.Broader is { } broader)
        {
            writer.Strings(EscoExtensionNames.Broader, broader);
        }

        WriteCollections(concept, writer);
        return new Role(
            concept.Uri,
            Text(concept.Label),
            purpose: Text(concept.Description),
            requirements: concept.Requirements,
            tags: ["isco:" + concept.Code],
            extensions: writer.End(concept.Columns));
    }

    private IscoGroup BuildIscoGroup(EscoConcept concept, ExtensionWriter writer)
    {
        writer.Begin();
        if (concept.Broader is [_, _, ..] broader)
        {
            writer.Strings(EscoExtensionNames.Broader, broader.Skip(1));
        }

        return new IscoGroup(concept.Uri, concept.Code!, Text(concept.Label), Text(concept.Description), concept.Broader?[0], writer.End(concept.Columns));
    }

    private static void WriteCollections(EscoConcept concept, ExtensionWriter writer)
    {
        if (concept.Collections is { } collections)
        {
            writer.Strings(EscoExtensionNames.Collections, collections.Distinct(StringComparer.Ordinal));
        }
    }

    private LocalizedText Text(string text) => text.Length == 0 ? LocalizedText.Empty : LocalizedText.Of(options.Language, text);
}
