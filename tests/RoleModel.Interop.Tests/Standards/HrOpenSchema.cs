using System.Text.Json;
using NJsonSchema;

namespace RoleModel.Interop.Tests.Standards;

/// <summary>
/// The official HR Open 4.x draft-04 schemas in ../shared/data/hropen, read offline: NJsonSchema resolves each
/// relative <c>$ref</c> against the file it is in. Also checks what the schemas cannot (they allow any extra member):
/// that every member of a document is declared by the schema at its place.
/// </summary>
internal static class HrOpenSchema
{
    public const string JobDescription = "recruiting/json/jdx/JobDescriptionType.json";
    public const string PositionOpening = "recruiting/json/PositionOpeningType.json";

    private static readonly Dictionary<string, Lazy<JsonSchema>> Schemas = new()
    {
        [JobDescription] = new(() => Load(JobDescription)),
        [PositionOpening] = new(() => Load(PositionOpening)),
    };

    private static readonly Dictionary<string, JsonDocument> Files = [];

    public static string Root => SharedData.Path("hropen", "www.hropenstandards.org");

    private static JsonSchema Load(string path) => JsonSchema.FromFileAsync(Path.Combine(Root, path)).GetAwaiter().GetResult();

    /// <summary>The schema's validation errors of a document, as text.</summary>
    public static List<string> Errors(string schema, ReadOnlyMemory<byte> document)
    {
        var json = System.Text.Encoding.UTF8.GetString(document.Span);
        lock (Schemas)
        {
            return [.. Schemas[schema].Value.Validate(json).Select(e => $"{e.Path}: {e.Kind}")];
        }
    }

    /// <summary>The members of a document that the schema does not declare at their place (following $ref and allOf).</summary>
    public static List<string> Undeclared(string schema, ReadOnlyMemory<byte> document)
    {
        using var instance = JsonDocument.Parse(document);
        var found = new List<string>();
        lock (Files)
        {
            Walk(instance.RootElement, [(Path.Combine(Root, schema), Node(Path.Combine(Root, schema), "#"))], "$", found);
        }

        return found;
    }

    private static void Walk(JsonElement value, List<(string File, JsonElement Schema)> schemas, string path, List<string> found)
    {
        var all = schemas.SelectMany(s => Expand(s.File, s.Schema)).ToList();
        if (value.ValueKind == JsonValueKind.Object)
        {
            foreach (var member in value.EnumerateObject())
            {
                var declared = all.Where(s => s.Schema.TryGetProperty("properties", out var p) && p.TryGetProperty(member.Name, out _))
                    .Select(s => (s.File, s.Schema.GetProperty("properties").GetProperty(member.Name))).ToList();
                if (declared.Count == 0)
                {
                    found.Add($"{path}.{member.Name}");
                }
                else
                {
                    Walk(member.Value, declared, $"{path}.{member.Name}", found);
                }
            }
        }
        else if (value.ValueKind == JsonValueKind.Array)
        {
            var items = all.Where(s => s.Schema.TryGetProperty("items", out _)).Select(s => (s.File, s.Schema.GetProperty("items"))).ToList();
            var index = 0;
            foreach (var item in value.EnumerateArray())
            {
                Walk(item, items, $"{path}[{index++}]", found);
            }
        }
    }

    /// <summary>A schema with everything it stands for: its $ref target and its allOf parts, recursively.</summary>
    private static IEnumerable<(string File, JsonElement Schema)> Expand(string file, JsonElement schema)
    {
        yield return (file, schema);
        if (schema.TryGetProperty("$ref", out var reference))
        {
            var (target, pointer) = Split(file, reference.GetString()!);
            foreach (var part in Expand(target, Node(target, pointer)))
            {
                yield return part;
            }
        }

        if (schema.TryGetProperty("allOf", out var allOf))
        {
            foreach (var part in allOf.EnumerateArray().SelectMany(p => Expand(file, p)))
            {
                yield return part;
            }
        }
    }

    private static (string File, string Pointer) Split(string file, string reference)
    {
        var hash = reference.IndexOf('#', StringComparison.Ordinal);
        var target = hash < 0 ? reference : reference[..hash];
        var pointer = hash < 0 ? "#" : reference[hash..];
        return (target.Length == 0 ? file : Path.GetFullPath(Path.Combine(Path.GetDirectoryName(file)!, target)), pointer);
    }

    private static JsonElement Node(string file, string pointer)
    {
        if (!Files.TryGetValue(file, out var document))
        {
            document = JsonDocument.Parse(File.ReadAllBytes(file));
            Files[file] = document;
        }

        var node = document.RootElement;
        foreach (var segment in pointer.TrimStart('#').Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            node = node.GetProperty(segment);
        }

        return node;
    }
}
