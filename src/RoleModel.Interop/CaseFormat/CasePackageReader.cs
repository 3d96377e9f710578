using System.Text.Json;
using RoleModel.Validation;

namespace RoleModel.Interop.CaseFormat;

/// <summary>Reads one parsed package; problems name the JSON path in the message (a package has no useful lines).</summary>
internal sealed class CasePackageReader(JsonElement root, string fileName, ImportLog log)
{
    private static readonly HashSet<string> ItemMembers = new(StringComparer.Ordinal)
    {
        "identifier", "uri", "fullStatement", "notes", "CFItemType", "lastChangeDateTime", "language", "extensions",
    };

    private readonly Dictionary<string, string> idByIdentifier = new(StringComparer.Ordinal);

    public CompetencyFramework? Read()
    {
        if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("CFDocument", out var document) || document.ValueKind != JsonValueKind.Object)
        {
            log.Error(fileName, null, ProblemMessage.Of("Case.NoDocument"));
            return null;
        }

        var items = Array("CFItems");
        foreach (var item in items)
        {
            if (String(item, "identifier") is { } identifier)
            {
                idByIdentifier.TryAdd(identifier, Extension(item, "roleModel:id") ?? identifier);
            }
        }

        var broader = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        var mappings = new Dictionary<string, List<ConceptMapping>>(StringComparer.Ordinal);
        ReadAssociations(String(document, "identifier"), broader, mappings);
        var competencies = new List<Competency>();
        for (var i = 0; i < items.Count; i++)
        {
            if (ReadItem(items[i], i, broader, mappings) is { } competency)
            {
                competencies.Add(competency);
            }
        }

        var scales = Array("CFRubrics").Select(ReadScale).OfType<ProficiencyScale>().ToList();
        var documentIdentifier = String(document, "identifier");
        if (documentIdentifier is null || String(document, "title") is not { } title)
        {
            log.Error(fileName, null, ProblemMessage.Of("Case.DocumentIncomplete"));
            return null;
        }

        return Guard("$.CFDocument", () => new CompetencyFramework(
            Extension(document, "roleModel:id") ?? documentIdentifier,
            LocalizedText.Of(String(document, "language") ?? "en", title),
            scales,
            competencies,
            String(document, "version"),
            String(document, "description") is { } description ? LocalizedText.Of(String(document, "language") ?? "en", description) : null));
    }

    private Competency? ReadItem(JsonElement item, int index, Dictionary<string, List<string>> broader, Dictionary<string, List<ConceptMapping>> mappings)
    {
        var path = $"$.CFItems[{index}]";
        if (String(item, "identifier") is not { } identifier || String(item, "fullStatement") is not { } statement)
        {
            log.Error(fileName, null, ProblemMessage.Of("Case.ItemIncomplete", path));
            return null;
        }

        var id = idByIdentifier[identifier];
        var language = String(item, "language") ?? "en";
        var kind = Extension(item, "roleModel:kind") ?? String(item, "CFItemType") ?? "caseItem";
        var kept = item.EnumerateObject()
            .Where(p => !ItemMembers.Contains(p.Name) && !(p.Name == "humanCodingScheme" && p.Value.ValueKind == JsonValueKind.String && p.Value.GetString() == id))
            .Select(p => new KeyValuePair<string, JsonElement>("case:" + p.Name, p.Value))
            .Concat(item.TryGetProperty("extensions", out var extensions) && extensions.ValueKind == JsonValueKind.Object
                ? extensions.EnumerateObject().Where(p => !p.Name.StartsWith("roleModel:", StringComparison.Ordinal)).Select(p => new KeyValuePair<string, JsonElement>(p.Name, p.Value))
                : []);
        return Guard(path, () => new Competency(
            id,
            CompetencyKind.FromCode(kind),
            LocalizedText.Of(language, statement),
            String(item, "notes") is { } notes ? LocalizedText.Of(language, notes) : null,
            broader.GetValueOrDefault(id)?.Distinct(StringComparer.Ordinal),
            mappings.GetValueOrDefault(id),
            new ExtensionData(kept)));
    }

    private void ReadAssociations(string? document, Dictionary<string, List<string>> broader, Dictionary<string, List<ConceptMapping>> mappings)
    {
        var associations = Array("CFAssociations");
        for (var i = 0; i < associations.Count; i++)
        {
            var association = associations[i];
            var type = String(association, "associationType");
            var origin = Node(association, "originNodeURI");
            var destination = Node(association, "destinationNodeURI");
            if (type is null || origin is null || destination is null)
            {
                log.Error(fileName, null, ProblemMessage.Of("Case.AssociationIncomplete", i));
                continue;
            }

            if (!idByIdentifier.TryGetValue(origin.Value.Identifier, out var originId))
            {
                log.Warning(fileName, null, ProblemMessage.Of("Case.AssociationOutside", type, i));
                continue;
            }

            var destinationId = idByIdentifier.GetValueOrDefault(destination.Value.Identifier);
            if (type == "isChildOf" && (destinationId is not null || destination.Value.Identifier == document))
            {
                if (destinationId is not null)
                {
                    (broader.TryGetValue(originId, out var list) ? list : broader[originId] = []).Add(destinationId);
                }

                continue;
            }

            if (destinationId is null && type is "exactMatchOf" or "isRelatedTo")
            {
                var scheme = destination.Value.TargetType is { } target && target.StartsWith("ext:", StringComparison.Ordinal) ? target[4..] : "case";
                var relation = type == "exactMatchOf" ? MappingRelation.ExactMatch : MappingRelation.RelatedMatch;
                (mappings.TryGetValue(originId, out var list) ? list : mappings[originId] = []).Add(new ConceptMapping(relation, scheme, destination.Value.Uri));
                continue;
            }

            log.Warning(fileName, null, ProblemMessage.Of("Case.AssociationNoCounterpart", type, originId, i));
        }
    }

    private ProficiencyScale? ReadScale(JsonElement rubric, int index)
    {
        var path = $"$.CFRubrics[{index}]";
        var levels = rubric.TryGetProperty("CFRubricCriteria", out var criteria) && criteria.ValueKind == JsonValueKind.Array && criteria.GetArrayLength() > 0
            && criteria[0].TryGetProperty("CFRubricCriterionLevels", out var list) && list.ValueKind == JsonValueKind.Array
            ? list.EnumerateArray().OrderBy(l => l.TryGetProperty("position", out var p) && p.TryGetInt32(out var n) ? n : int.MaxValue).ToList()
            : [];
        if (String(rubric, "identifier") is not { } identifier || levels.Count == 0)
        {
            log.Warning(fileName, null, ProblemMessage.Of("Case.RubricIncomplete", path));
            return null;
        }

        return Guard(path, () => new ProficiencyScale(
            Extension(rubric, "roleModel:id") ?? identifier,
            levels.Select((level, i) => new ProficiencyLevel(
                LevelCode(level) ?? String(level, "quality") ?? (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture),
                String(level, "quality") is { } quality ? LocalizedText.Of("en", quality) : null,
                String(level, "description") is { } description ? LocalizedText.Of("en", description) : null)),
            String(rubric, "title") is { } title ? LocalizedText.Of("en", title) : null));
    }

    private static string? LevelCode(JsonElement level) =>
        level.TryGetProperty("extensions", out var extensions) && extensions.ValueKind == JsonValueKind.Array
            ? extensions.EnumerateArray().Select(e => e.ValueKind == JsonValueKind.Object ? String(e, "roleModel:levelCode") : null).FirstOrDefault(c => c is not null)
            : null;

    /// <summary>Runs a domain constructor, turning its argument exception into an error at a path.</summary>
    private T? Guard<T>(string path, Func<T> create)
        where T : class
    {
        try
        {
            return create();
        }
        catch (ArgumentException e)
        {
            log.Error(fileName, null, $"{e.Message} ({path})");
            return null;
        }
    }

    private List<JsonElement> Array(string name) =>
        root.TryGetProperty(name, out var array) && array.ValueKind == JsonValueKind.Array ? [.. array.EnumerateArray()] : [];

    private static (string Identifier, string Uri, string? TargetType)? Node(JsonElement association, string name) =>
        association.TryGetProperty(name, out var node) && node.ValueKind == JsonValueKind.Object && String(node, "identifier") is { } identifier
            ? (identifier, String(node, "uri") ?? identifier, String(node, "targetType"))
            : null;

    private static string? Extension(JsonElement element, string name) =>
        element.TryGetProperty("extensions", out var extensions) && extensions.ValueKind == JsonValueKind.Object ? String(extensions, name) : null;

    private static string? String(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String && value.GetString() is { Length: > 0 } text ? text : null;
}
