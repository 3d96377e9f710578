using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using RoleModel.Serialization;
using RoleModel.Validation;

namespace RoleModel.Tests.Serialization.Contract;

/// <summary>
/// Seeded mutations of a document the reader accepts, one edge value (or a removed member) at one place each,
/// and the verdict of the reader and of a schema validator on each: they must agree, but for the rules beyond
/// the schema (<see cref="BeyondSchema"/>) and documents of a later minor version.
/// </summary>
internal static class ContractMutations
{
    private static readonly JsonSerializerOptions Raw = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Edge values, as JSON text so that numbers keep their digits.</summary>
    internal static readonly string[] Edges =
    [
        "\"x\\u0085\"", "\"\\ufeffx\"", "\"x\\u00a0\"", "\"x\\n\"", "\"\"", "\" \"", "\"x\"", "\"😀\"", "\"\\u2028x\"", "\"x\\u180e\"",
        "\"2016-12-31T23:59:60Z\"", "\"2024-01-01T24:00:00Z\"", "\"2024-01-01T10:00:00,5Z\"", "\"2024-01-01T10:00:00.123456789Z\"",
        "\"2024-01-01T10:00:00.5+00:00\"", "\"9999-12-31T23:59:59Z\"", "\"0001-01-01T00:00:00Z\"",
        "\"0000-01-01\"", "\"-0001-01-01\"", "\"2024-02-29\"", "\"2023-02-29\"", "\"9999-12-31\"", "\"0001-01-01\"", "\"2024-01-01\\n\"",
        "\"1.0\"", "\"1.1\"", "\"1.2\"", "\"1.0\\n\"",
        "0", "100", "1e2", "12.50", "-0", "1E-28", "1e-29", "100.5", "100.0000000000000000000000000001", "33.333333333333333333333333333",
        "null", "true", "{}", "[]",
    ];

    /// <summary>Applies <paramref name="count"/> mutations; returns how many got each verdict, and the leaks.</summary>
    internal static (Dictionary<string, int> Counts, List<string> Leaks) Run(JsonNode original, int count, Random random, Func<string, IReadOnlyList<string>> schemaErrors)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        var leaks = new List<string>();
        var places = Places(original).Count();
        for (var i = 0; i < count; i++)
        {
            var document = original.DeepClone();
            var (parent, key) = Places(document).ElementAt(random.Next(places));
            var edge = random.Next(Edges.Length + 1);
            string label;
            if (edge == Edges.Length)
            {
                Remove(parent, key);
                label = $"removed {key}";
            }
            else
            {
                Set(parent, key, JsonNode.Parse(Edges[edge]));
                label = $"{key} = {Edges[edge]}";
            }

            var json = document.ToJsonString(Raw);
            var problems = RoleModelJson.Read(json).Report.Problems;
            var refusals = schemaErrors(json);
            var readerAccepts = !problems.Any(p => p.Severity == ProblemSeverity.Error || p.Code == ProblemCodes.UnknownMember);
            var verdict = (readerAccepts, refusals.Count == 0) switch
            {
                (true, true) => "both accept",
                (false, false) => "both refuse",
                (true, false) when IsLaterMinor(document) => "documented: a later minor version, for its own schema",
                (true, false) => "LEAK: the reader accepts what the schema refuses",
                _ => problems.Select(BeyondSchema.Rule).All(r => r is not null) ? "reader refuses by a rule beyond the schema" : "LEAK: the schema accepts what the reader refuses",
            };
            counts[verdict] = counts.GetValueOrDefault(verdict) + 1;
            if (verdict.StartsWith("LEAK", StringComparison.Ordinal))
            {
                leaks.Add($"{verdict} ({label}): reader [{string.Join("; ", problems)}], schema [{string.Join("; ", refusals.Take(3))}]");
            }
        }

        return (counts, leaks);
    }

    /// <summary>A 1.x document of a minor version after this library's: read, but checked by the schema of its own version.</summary>
    private static bool IsLaterMinor(JsonNode document) =>
        document["schemaVersion"] is JsonValue version && version.TryGetValue<string>(out var text)
        && text.StartsWith("1.", StringComparison.Ordinal) && int.TryParse(text[2..], out var minor) && minor > 1;

    /// <summary>Every member and array item of a document, as (parent, name or index).</summary>
    private static IEnumerable<(JsonNode Parent, object Key)> Places(JsonNode node)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (name, value) in obj.ToList())
                {
                    yield return (obj, name);
                    if (value is not null)
                    {
                        foreach (var place in Places(value))
                        {
                            yield return place;
                        }
                    }
                }

                break;
            case JsonArray array:
                for (var i = 0; i < array.Count; i++)
                {
                    yield return (array, i);
                    if (array[i] is { } item)
                    {
                        foreach (var place in Places(item))
                        {
                            yield return place;
                        }
                    }
                }

                break;
        }
    }

    private static void Set(JsonNode parent, object key, JsonNode? value)
    {
        if (parent is JsonObject obj)
        {
            obj[(string)key] = value;
        }
        else
        {
            ((JsonArray)parent)[(int)key] = value;
        }
    }

    private static void Remove(JsonNode parent, object key)
    {
        if (parent is JsonObject obj)
        {
            obj.Remove((string)key);
        }
        else
        {
            ((JsonArray)parent).RemoveAt((int)key);
        }
    }
}
