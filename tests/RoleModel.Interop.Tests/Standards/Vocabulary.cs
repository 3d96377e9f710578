using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace RoleModel.Interop.Tests.Standards;

/// <summary>
/// An RDF vocabulary as published in JSON-LD (schema.org 30.0, CTDL and CTDL-ASN of ../shared/data): its classes
/// with their superclasses and its properties with domainIncludes and rangeIncludes. <see cref="Check"/> finds
/// every way a compact JSON-LD document leaves it: a type that is no class, a property that is not declared or
/// not allowed on its node's type, a value outside the property's range.
/// </summary>
internal sealed partial class Vocabulary
{
    private readonly Dictionary<string, List<string>> superclasses = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (List<string> Domain, List<string> Range)> properties = new(StringComparer.Ordinal);
    private readonly Func<string, string> expand;

    private Vocabulary(IEnumerable<string> files, Func<string, string> expand)
    {
        this.expand = expand;
        foreach (var file in files)
        {
            using var document = JsonDocument.Parse(File.ReadAllBytes(file));
            foreach (var node in document.RootElement.GetProperty("@graph").EnumerateArray())
            {
                var id = node.GetProperty("@id").GetString()!;
                var types = Ids(node.GetProperty("@type"));
                if (types.Contains("rdfs:Class"))
                {
                    superclasses[id] = node.TryGetProperty("rdfs:subClassOf", out var parents) ? Ids(parents) : [];
                }
                else if (types.Contains("rdf:Property"))
                {
                    properties[id] = (
                        node.TryGetProperty("schema:domainIncludes", out var domain) ? Ids(domain) : [],
                        node.TryGetProperty("schema:rangeIncludes", out var range) ? Ids(range) : []);
                }
            }
        }
    }

    public static Vocabulary SchemaOrg { get; } = new([SharedData.Path("schemaorg", "30.0", "schemaorg-current-https.jsonld")], name => "schema:" + name);

    public static Vocabulary Ctdl { get; } = new(
        [SharedData.Path("ctdl", "credreg-2026-08-06", "ctdl-schema.json"), SharedData.Path("ctdl", "credreg-2026-08-06", "ctdlasn-schema.json")], name => name);

    public int ClassCount => superclasses.Count;

    /// <summary>Every problem of the document, as "path: what".</summary>
    public List<string> Check(ReadOnlyMemory<byte> utf8Json)
    {
        using var document = JsonDocument.Parse(utf8Json);
        var root = document.RootElement;
        var problems = new List<string>();
        var nodes = root.TryGetProperty("@graph", out var graph) ? graph.EnumerateArray().Select((n, i) => (n, $"$.@graph[{i}]")).ToList() : [(root, "$")];
        var typeById = nodes.Where(n => n.Item1.TryGetProperty("@id", out _)).GroupBy(n => n.Item1.GetProperty("@id").GetString()!)
            .ToDictionary(g => g.Key, g => expand(g.First().Item1.GetProperty("@type").GetString()!), StringComparer.Ordinal);
        foreach (var (node, path) in nodes)
        {
            CheckNode(node, path, null, problems, typeById);
        }

        return problems;
    }

    private void CheckNode(JsonElement node, string path, List<string>? range, List<string> problems, Dictionary<string, string> typeById)
    {
        if (!node.TryGetProperty("@type", out var typeValue) || typeValue.ValueKind != JsonValueKind.String)
        {
            problems.Add($"{path}: a node without one @type.");
            return;
        }

        var type = expand(typeValue.GetString()!);
        if (!superclasses.ContainsKey(type))
        {
            problems.Add($"{path}: '{type}' is not a class of the vocabulary.");
            return;
        }

        if (range is not null && !range.Any(r => IsA(type, r)))
        {
            problems.Add($"{path}: a {type} is not within the range {string.Join(", ", range)}.");
        }

        foreach (var member in node.EnumerateObject().Where(m => !m.Name.StartsWith('@')))
        {
            var at = $"{path}.{member.Name}";
            var name = expand(member.Name);
            if (!properties.TryGetValue(name, out var property))
            {
                problems.Add($"{at}: '{name}' is not a property of the vocabulary.");
                continue;
            }

            if (!property.Domain.Any(d => IsA(type, d)))
            {
                problems.Add($"{at}: '{name}' is not allowed on a {type} (domainIncludes {string.Join(", ", property.Domain)}).");
            }

            var values = member.Value.ValueKind == JsonValueKind.Array ? member.Value.EnumerateArray().Select((v, i) => (v, $"{at}[{i}]")).ToList() : [(member.Value, at)];
            foreach (var (value, valuePath) in values)
            {
                CheckValue(value, valuePath, property.Range, problems, typeById);
            }
        }
    }

    private void CheckValue(JsonElement value, string path, List<string> range, List<string> problems, Dictionary<string, string> typeById)
    {
        switch (value.ValueKind)
        {
            case JsonValueKind.Object when value.TryGetProperty("@type", out _):
                CheckNode(value, path, range, problems, typeById);
                break;
            case JsonValueKind.Object when range.Contains("rdf:langString"):
                foreach (var entry in value.EnumerateObject())
                {
                    if (entry.Value.ValueKind != JsonValueKind.String || !LanguageTag().IsMatch(entry.Name))
                    {
                        problems.Add($"{path}.{entry.Name}: a language map holds language tags and strings.");
                    }
                }

                break;
            case JsonValueKind.String:
                var text = value.GetString()!;
                if (!StringFits(text, range, typeById))
                {
                    problems.Add($"{path}: '{Shorten(text)}' is not within the range {string.Join(", ", range)}.");
                }

                break;
            case JsonValueKind.Number when range.Any(r => IsA(r, "schema:Number") || r.StartsWith("xsd:", StringComparison.Ordinal) && r is "xsd:decimal" or "xsd:integer" or "xsd:float"):
                break;
            case JsonValueKind.True or JsonValueKind.False when range.Contains("schema:Boolean") || range.Contains("xsd:boolean"):
                break;
            default:
                problems.Add($"{path}: a {value.ValueKind} value is not within the range {string.Join(", ", range)}.");
                break;
        }
    }

    private bool StringFits(string text, List<string> range, Dictionary<string, string> typeById)
    {
        foreach (var type in range)
        {
            if (type is "xsd:string" or "schema:Text" || (IsA(type, "schema:Text") && type != "schema:URL"))
            {
                return true;
            }

            if (type is "schema:URL" or "xsd:anyURI" && Uri.IsWellFormedUriString(text, UriKind.Absolute))
            {
                return true;
            }

            if (type is "schema:Date" or "xsd:date" && DateTime.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
            {
                return true;
            }

            if (type is "xsd:language" && LanguageTag().IsMatch(text))
            {
                return true;
            }
        }

        // A reference: an absolute URI; when the document defines the node, of a type within the range.
        if (!Uri.IsWellFormedUriString(text, UriKind.Absolute) || !range.Any(superclasses.ContainsKey))
        {
            return false;
        }

        return !typeById.TryGetValue(text, out var referenced) || range.Any(r => IsA(referenced, r));
    }

    private bool IsA(string type, string ancestor)
    {
        if (type == ancestor)
        {
            return true;
        }

        return superclasses.TryGetValue(type, out var parents) && parents.Any(p => IsA(p, ancestor));
    }

    private static List<string> Ids(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Array => [.. value.EnumerateArray().SelectMany(Ids)],
        JsonValueKind.Object => [value.GetProperty("@id").GetString()!],
        _ => [value.GetString()!],
    };

    private static string Shorten(string text) => text.Length > 60 ? text[..60] + "…" : text;

    [GeneratedRegex("^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$")]
    private static partial Regex LanguageTag();
}
