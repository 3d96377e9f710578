using System.Text.Json;
using RoleModel.Interop.Standards;

namespace RoleModel.Interop.Ctdl;

/// <summary>Writes one CTDL graph: frameworks and competencies first, then per role its work role, tasks and job.</summary>
internal sealed class CtdlWriter(Catalogue catalogue, Utf8JsonWriter writer, CtdlExportOptions options, string language)
{
    private readonly CtdlIdentifiers ids = new(options.BaseUri, catalogue.Identity);
    private readonly string publisher = options.Publisher.AbsoluteUri;

    // A competency's node URI is asked for once per mention (broader links, top children, every requirement):
    // each is a SHA-1 name-based UUID, so it is made once per competency.
    private readonly Dictionary<string, string> competencyUris = new(StringComparer.Ordinal);

    public void Write(List<RoleSource> sources, List<ExportLoss> losses)
    {
        writer.WriteStartObject();
        writer.WriteStartArray("@context");
        writer.WriteStringValue("https://credreg.net/ctdl/schema/context/json");
        writer.WriteStringValue("https://credreg.net/ctdlasn/schema/context/json");
        writer.WriteEndArray();
        writer.WriteStartArray("@graph");
        var required = sources.SelectMany(s => s.Role.Requirements).SelectMany(r => r.CompetencyIds).ToHashSet(StringComparer.Ordinal);
        foreach (var framework in catalogue.Frameworks.Where(f => f.Competencies.Any(c => required.Contains(c.Id))))
        {
            WriteFramework(framework);
        }

        foreach (var source in sources)
        {
            WriteRole(source);
            losses.AddRange(source.CommonLosses());
            RoleSource.Add(losses, LostAspect.Weights, source.Role.Requirements.Count(r => r.Weight != 1.0));
            RoleSource.Add(losses, LostAspect.Importance, source.Role.Requirements.Count(r => r.Importance == RequirementImportance.Optional));
            RoleSource.Add(losses, LostAspect.Levels, source.Role.Requirements.Count(r => r.MinimumLevel is not null));
            RoleSource.Add(losses, LostAspect.RequirementGroups, source.Role.Requirements.Count(r => r.IsGroup));
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    private void WriteFramework(CompetencyFramework framework)
    {
        var ctid = ids.Framework(framework.Id);
        StartNode(ctid, "ceasn:CompetencyFramework");
        WriteLanguageMap("ceasn:name", framework.Name, framework.Id);
        if (!framework.Description.IsEmpty)
        {
            WriteLanguageMap("ceasn:description", framework.Description, null);
        }

        WriteReferences("ceasn:publisher", [publisher]);
        WriteReferences("ceasn:inLanguage", [language]);
        WriteReferences("ceasn:hasTopChild", framework.Competencies.Where(c => !HasBroader(framework, c)).Select(c => CompetencyUri(c.Id)));
        writer.WriteEndObject();
        var frameworkUri = CtdlIdentifiers.Uri(ctid);
        foreach (var competency in framework.Competencies)
        {
            WriteCompetency(framework, competency, frameworkUri);
        }
    }

    private static bool HasBroader(CompetencyFramework framework, Competency competency) =>
        competency.BroaderIds.Any(id => framework.FindCompetency(id) is not null);

    private void WriteCompetency(CompetencyFramework framework, Competency competency, string frameworkUri)
    {
        var uri = CompetencyUri(competency.Id);
        writer.WriteStartObject();
        writer.WriteString("@id", uri);
        writer.WriteString("@type", "ceasn:Competency");
        writer.WriteString("ceterms:ctid", uri.AsSpan(CtdlIdentifiers.RegistryResources.Length));
        WriteLanguageMap("ceasn:competencyText", competency.Name, competency.Id);
        writer.WriteString("ceasn:isPartOf", frameworkUri);
        var broader = competency.BroaderIds.Where(id => framework.FindCompetency(id) is not null).ToList();
        if (broader.Count == 0)
        {
            writer.WriteString("ceasn:isTopChildOf", frameworkUri);
        }
        else
        {
            WriteReferences("ceasn:isChildOf", broader.Select(CompetencyUri));
        }

        var isUri = Uri.IsWellFormedUriString(competency.Id, UriKind.Absolute);
        if (isUri)
        {
            WriteReferences("ceasn:exactAlignment", [competency.Id]);
        }
        else
        {
            writer.WriteString("ceasn:codedNotation", competency.Id);
        }

        var exact = competency.Mappings.Where(m => m.Relation == MappingRelation.ExactMatch && Uri.IsWellFormedUriString(m.Uri, UriKind.Absolute)).Select(m => m.Uri).ToList();
        if (exact.Count > 0 && !isUri)
        {
            WriteReferences("ceasn:exactAlignment", exact);
        }

        writer.WriteEndObject();
    }

    private void WriteRole(RoleSource source)
    {
        var role = source.Role;
        var roleCtid = ids.WorkRole(role.Id);
        var description = Describe(source.Text(role.Purpose), source.Text(role.Title) ?? role.Id);
        StartNode(roleCtid, "ceterms:WorkRole");
        WriteLanguageMap("ceterms:name", role.Title, role.Id);
        WriteText("ceterms:description", description);
        writer.WriteString("ceterms:codedNotation", role.Id);
        WriteReferences("ceterms:assertedBy", [publisher]);
        WriteReferences("ceterms:hasTask", source.Tasks.Select(t => CtdlIdentifiers.Uri(ids.Task(role.Id, t.Id))));
        foreach (var (property, kind) in Embodied)
        {
            WriteReferences(property, role.Requirements.SelectMany(r => r.CompetencyIds)
                .Where(id => KindOf(id) == kind).Select(Competency));
        }

        writer.WriteEndObject();
        foreach (var task in source.Tasks)
        {
            var taskCtid = ids.Task(role.Id, task.Id);
            StartNode(taskCtid, "ceterms:Task");
            WriteLanguageMap("ceterms:name", task.Title, task.Id);
            WriteText("ceterms:description", Describe(source.Text(task.Description), source.Text(task.Title) ?? task.Id));
            writer.WriteString("ceterms:codedNotation", task.Id);
            WriteReferences("ceterms:assertedBy", [publisher]);
            writer.WriteEndObject();
        }

        var jobCtid = ids.Job(role.Id);
        StartNode(jobCtid, "ceterms:Job");
        WriteLanguageMap("ceterms:name", role.Title, role.Id);
        WriteText("ceterms:description", description);
        WriteReferences("ceterms:offeredBy", [publisher]);
        WriteReferences("ceterms:hasWorkRole", [CtdlIdentifiers.Uri(roleCtid)]);
        if (source.Classification.OccupationUri is { } occupation)
        {
            WriteReferences("ceterms:hasOccupation", [occupation]);
        }

        writer.WriteEndObject();
    }

    private static readonly (string Property, string Kind)[] Embodied =
        [("ceasn:skillEmbodied", "skill"), ("ceasn:knowledgeEmbodied", "knowledge"), ("ceasn:abilityEmbodied", "ability")];

    /// <summary>The embodied kind of a competency: knowledge and ability as they are, every other kind a skill.</summary>
    private string KindOf(string competencyId) => catalogue.FindCompetency(competencyId)?.Kind.Code switch
    {
        "knowledge" => "knowledge",
        "ability" => "ability",
        _ => "skill",
    };

    /// <summary>A competency as a reference: its CTDL node where the catalogue defines it, else its own URI.</summary>
    private string Competency(string competencyId) =>
        competencyUris.TryGetValue(competencyId, out var uri) ? uri
        : catalogue.FindCompetency(competencyId) is not null || !Uri.IsWellFormedUriString(competencyId, UriKind.Absolute) ? CompetencyUri(competencyId)
        : competencyId;

    private string CompetencyUri(string competencyId)
    {
        if (!competencyUris.TryGetValue(competencyId, out var uri))
        {
            uri = CtdlIdentifiers.Uri(ids.Competency(competencyId));
            competencyUris[competencyId] = uri;
        }

        return uri;
    }

    /// <summary>Opens the node of a registry resource: its URI, type and CTID.</summary>
    private void StartNode(string ctid, string type)
    {
        writer.WriteStartObject();
        writer.WriteString("@id", CtdlIdentifiers.Uri(ctid));
        writer.WriteString("@type", type);
        writer.WriteString("ceterms:ctid", ctid);
    }

    /// <summary>A description of at least the 15 characters the registry asks for: the text, else the name.</summary>
    private static string Describe(string? text, string name) => text is { Length: >= 15 } ? text : text is null ? name : $"{name}: {text}";

    private void WriteText(string property, string text)
    {
        writer.WriteStartObject(property);
        writer.WriteString(language, text);
        writer.WriteEndObject();
    }

    private void WriteLanguageMap(string property, LocalizedText text, string? fallback)
    {
        if (text.IsEmpty)
        {
            if (fallback is not null)
            {
                WriteText(property, fallback);
            }

            return;
        }

        writer.WriteStartObject(property);
        foreach (var (culture, value) in text.Entries)
        {
            writer.WriteString(culture.Length == 0 ? language : culture, value);
        }

        writer.WriteEndObject();
    }

    private void WriteReferences(string property, IEnumerable<string> values)
    {
        using var enumerator = values.GetEnumerator();
        if (!enumerator.MoveNext())
        {
            return;
        }

        writer.WriteStartArray(property);
        do
        {
            writer.WriteStringValue(enumerator.Current);
        }
        while (enumerator.MoveNext());
        writer.WriteEndArray();
    }
}
