using System.Globalization;
using System.Text.Json.Nodes;

namespace RoleModel.Tests.Serialization.Contract;

/// <summary>A place in a generated document and the schema definition its value comes from.</summary>
/// <param name="Parent">The object or array that holds the value.</param>
/// <param name="Key">The member name in an object, or the index in an array.</param>
/// <param name="Kind">The <c>$defs</c> name (identifier, date, instant, percentage), "enum", "optional" or "required".</param>
/// <param name="Path">The JSON path of the value, as the reader reports it.</param>
internal sealed record Site(JsonNode Parent, object Key, string Kind, string Path);

/// <summary>
/// Generates documents by walking the JSON Schema itself: <c>$ref</c>/<c>$defs</c>, <c>type</c>, <c>enum</c>,
/// <c>const</c>, <c>pattern</c> (through <see cref="PatternStrings"/>), <c>format</c> (date, date-time),
/// <c>minimum</c>/<c>maximum</c>/<c>exclusiveMinimum</c>, <c>required</c>, <c>properties</c>,
/// <c>patternProperties</c> (extension members), <c>additionalProperties</c>, <c>items</c>, <c>minItems</c>,
/// <c>uniqueItems</c>, <c>allOf</c>, <c>oneOf</c> and <c>anyOf</c> (one branch taken), <c>not</c> with
/// <c>required</c>, <c>if</c>/<c>then</c> on an enumerated member, and <c>dependentRequired</c>. Nothing in it
/// knows RoleModel: a new member of the schema is generated without a change here. A string of an anchored
/// pattern is often one generated for the same pattern before, so that references between objects resolve
/// often enough for whole documents to be accepted.
/// </summary>
internal sealed class SchemaDocuments
{
    private readonly JsonObject schema;
    private readonly Random random;
    private readonly PatternStrings strings;
    private readonly List<Site> sites = [];
    private readonly Dictionary<string, List<string>> earlier = new(StringComparer.Ordinal);
    private int depth;

    internal SchemaDocuments(JsonObject schema, int seed)
    {
        this.schema = schema;
        random = new Random(seed);
        strings = new PatternStrings(random);
    }

    private static readonly string[] ExtraNames = ["en", "de", "", "en-GB", "EN", "fr-CA", "zh-Hant"];

    private JsonObject? last;

    /// <summary>The places of the last generated document that are still in it, for near-miss mutations.</summary>
    internal IReadOnlyList<Site> Sites =>
        [.. sites.Where(s => ReferenceEquals(s.Parent.Root, last) && (s.Parent is JsonArray || ((JsonObject)s.Parent).ContainsKey((string)s.Key)))];

    internal JsonObject Next()
    {
        sites.Clear();
        earlier.Clear();
        depth = 0;
        last = (JsonObject)Generate(schema, "$", null)!;
        return last;
    }

    private JsonNode? Generate(JsonNode? node, string path, string? defName)
    {
        if (node is not JsonObject s)
        {
            return null;
        }

        if (s["$ref"]?.GetValue<string>() is { } reference)
        {
            var name = reference["#/$defs/".Length..];
            return Generate(schema["$defs"]![name], path, name);
        }

        if (s["allOf"] is JsonArray all && s["type"] is null && s["properties"] is null)
        {
            return Generate(all[0], path, defName); // such as {"allOf": [{"$ref": identifier}], "examples": [...]}
        }

        if (s["oneOf"] is JsonArray one && s["type"] is null && s["properties"] is null)
        {
            return Generate(one[random.Next(one.Count)], path, defName); // such as an object or null
        }

        if (s["const"] is { } constant)
        {
            return constant.DeepClone();
        }

        if (s["enum"] is JsonArray values)
        {
            return values[random.Next(values.Count)]!.DeepClone();
        }

        var type = s["type"]?.GetValue<string>() ?? (s["maximum"] is not null || s["minimum"] is not null ? "number" : null);
        return type switch
        {
            "object" => Object(s, path),
            "array" => Array(s, path),
            "string" => String(s),
            "number" => Number(s),
            "boolean" => JsonValue.Create(random.Next(2) == 0),
            "null" => null,
            var other => throw new NotSupportedException($"Schema type '{other}' at {path} ({defName}) is not generated."),
        };
    }

    private JsonValue String(JsonObject s)
    {
        var pattern = s["pattern"]?.GetValue<string>();
        var format = s["format"]?.GetValue<string>();
        for (var attempt = 0; ; attempt++)
        {
            if (pattern is not null && earlier.TryGetValue(pattern, out var used) && random.Next(5) < 3)
            {
                return JsonValue.Create(used[random.Next(used.Count)]);
            }

            var text = pattern is null ? FreeText() : strings.Generate(pattern);
            if (pattern is not null && !pattern.StartsWith('^'))
            {
                text = FreeText() + text + FreeText(); // an unanchored pattern: found anywhere in the string
            }

            if (s["minLength"]?.GetValue<int>() is { } min && text.Length < min)
            {
                continue;
            }

            if (format is null || FormatHolds(format, text) || attempt > 50)
            {
                if (pattern is not null)
                {
                    Remember(pattern, text);
                }

                return JsonValue.Create(text);
            }
        }
    }

    private void Remember(string pattern, string text)
    {
        if (!earlier.TryGetValue(pattern, out var used))
        {
            earlier[pattern] = used = [];
        }

        if (used.Count < 4)
        {
            used.Add(text);
        }
    }

    /// <summary>Dates that exist (format: date, date-time); the patterns alone also take 2026-02-30.</summary>
    private static bool FormatHolds(string format, string text) => format switch
    {
        "date" => DateTime.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _),
        "date-time" => DateTime.TryParseExact(text[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _),
        _ => true,
    };

    private string FreeText() => random.Next(4) switch
    {
        0 => string.Empty,
        1 => "Free text",
        2 => "\u00A0padded\u0085 ",
        _ => "Ünïcødé 😀 \"quoted\"",
    };

    private JsonValue Number(JsonObject s)
    {
        var min = s["minimum"]?.GetValue<decimal>() ?? s["exclusiveMinimum"]?.GetValue<decimal>() ?? 0m;
        var max = s["maximum"]?.GetValue<decimal>() ?? min + 1000m;
        var exclusive = s["exclusiveMinimum"] is not null;
        var value = random.Next(6) switch
        {
            0 => min,
            1 => max,
            2 => Math.Round(min + ((max - min) * (decimal)random.NextDouble()), random.Next(0, 5)),
            _ => Math.Round(min + ((max - min) * (decimal)random.NextDouble() / 10m), random.Next(0, 3)),
        };
        if (exclusive && value <= min)
        {
            value = min + 0.5m;
        }

        return JsonValue.Create(value);
    }

    private JsonArray Array(JsonObject s, string path)
    {
        var array = new JsonArray();
        var minItems = s["minItems"]?.GetValue<int>() ?? 0;
        var count = depth > 3 ? minItems : Math.Max(minItems, random.Next(4) == 0 ? 0 : random.Next(1, 4));
        var unique = s["uniqueItems"]?.GetValue<bool>() == true;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        depth++;
        for (var i = 0; array.Count < count && i < count * 5; i++)
        {
            var item = Generate(s["items"], $"{path}[{array.Count}]", null);
            if (unique && !seen.Add(item?.ToJsonString() ?? "null"))
            {
                continue;
            }

            array.Add(item);
            Record(array, array.Count - 1, s["items"], $"{path}[{array.Count - 1}]");
        }

        depth--;
        return array;
    }

    private JsonObject Object(JsonObject s, string path)
    {
        var result = new JsonObject();
        var properties = s["properties"] as JsonObject ?? [];
        var required = Names(s["required"]);
        var forbidden = new HashSet<string>(StringComparer.Ordinal);
        var overrides = new Dictionary<string, JsonNode?>(StringComparer.Ordinal);

        // oneOf/anyOf of required-only branches (a requirement: competency, or anyOf with id): take one.
        foreach (var choice in new[] { s["oneOf"], s["anyOf"] })
        {
            if (choice is JsonArray branches && branches.Count > 0)
            {
                var branch = (JsonObject)branches[random.Next(branches.Count)]!;
                required.UnionWith(Names(branch["required"]));
                forbidden.UnionWith(Names(branch["not"]?["required"]));
            }
        }

        depth++;
        var chosen = new List<string>();
        foreach (var (name, _) in properties)
        {
            if (required.Contains(name) || (!forbidden.Contains(name) && random.Next(depth > 2 ? 4 : 2) == 0))
            {
                chosen.Add(name);
            }
        }

        // dependentRequired: a member brings its dependents.
        if (s["dependentRequired"] is JsonObject dependent)
        {
            for (var changed = true; changed;)
            {
                changed = false;
                foreach (var (name, needs) in dependent)
                {
                    if (chosen.Contains(name))
                    {
                        foreach (var need in Names(needs).Where(n => !chosen.Contains(n)))
                        {
                            chosen.Add(need);
                            changed = true;
                        }
                    }
                }
            }
        }

        foreach (var name in chosen)
        {
            Add(result, name, properties[name], $"{path}.{name}", required.Contains(name));
        }

        // additionalProperties (a localized text: any member names, string values); names from a pool, as the schema says nothing of them.
        // With propertyNames (a scale mapping's level codes), names are generated from that schema; minProperties is kept.
        if (s["additionalProperties"] is JsonObject additional)
        {
            var count = Math.Max(s["minProperties"]?.GetValue<int>() ?? 0, random.Next(4));
            var names = s["propertyNames"] is JsonObject nameSchema
                ? Enumerable.Range(0, count * 3).Select(_ => Generate(nameSchema, $"{path}.(name)", null)!.GetValue<string>()).Distinct(StringComparer.Ordinal).Take(count)
                : ExtraNames.OrderBy(_ => random.Next()).Take(count);
            foreach (var name in names.ToList())
            {
                result[name] = Generate(additional, $"{path}.{name}", null);
            }
        }

        // if/then on an enumerated member, alone or in allOf (a change's kind decides its payload).
        foreach (var rule in (s["allOf"] as JsonArray ?? []).OfType<JsonObject>().Append(s))
        {
            if (rule["if"] is JsonObject condition && Matches(condition, result) && rule["then"] is JsonObject then)
            {
                Apply(then, result, path);
            }
        }

        if (s["patternProperties"] is not null && random.Next(8) == 0)
        {
            result["x:ext"] = random.Next(2) == 0 ? JsonValue.Create("kept") : new JsonObject { ["n"] = 1 };
        }

        depth--;
        return result;
    }

    private void Apply(JsonObject then, JsonObject result, string path)
    {
        var properties = then["properties"] as JsonObject ?? [];
        var required = Names(then["required"]);
        if (then["anyOf"] is JsonArray branches)
        {
            required.UnionWith(Names(branches[random.Next(branches.Count)]!["required"]));
        }

        foreach (var (name, sub) in properties)
        {
            if (sub is JsonValue boolean && boolean.GetValueKind() == System.Text.Json.JsonValueKind.False)
            {
                result.Remove(name);
                continue;
            }

            if (sub is JsonObject { Count: 1 } only && only["const"] is { } constant)
            {
                if (result.ContainsKey(name))
                {
                    result[name] = constant.DeepClone();
                }

                continue;
            }

            if (required.Contains(name) || result.ContainsKey(name) || random.Next(3) == 0)
            {
                result.Remove(name);
                Add(result, name, sub, $"{path}.{name}", required.Contains(name));
            }
        }
    }

    private void Add(JsonObject result, string name, JsonNode? sub, string path, bool required)
    {
        result[name] = Generate(sub, path, null);
        sites.Add(new Site(result, name, required ? "required" : "optional", path));
        Record(result, name, sub, path);
    }

    /// <summary>Remembers a value that comes from a shared definition or an enumeration, for near misses.</summary>
    private void Record(JsonNode parent, object key, JsonNode? sub, string path)
    {
        var reference = sub?["$ref"]?.GetValue<string>() ?? (sub?["allOf"] as JsonArray)?[0]?["$ref"]?.GetValue<string>();
        if (reference is not null && reference["#/$defs/".Length..] is "identifier" or "date" or "instant" or "percentage")
        {
            sites.Add(new Site(parent, key, reference["#/$defs/".Length..], path));
        }
        else if (sub?["enum"] is not null)
        {
            sites.Add(new Site(parent, key, "enum", path));
        }
    }

    private static bool Matches(JsonObject condition, JsonObject instance)
    {
        if (Names(condition["required"]).Any(n => !instance.ContainsKey(n)))
        {
            return false;
        }

        foreach (var (name, sub) in condition["properties"] as JsonObject ?? [])
        {
            if (instance[name] is { } value && sub?["enum"] is JsonArray allowed
                && !allowed.Any(a => JsonNode.DeepEquals(a, value)))
            {
                return false;
            }
        }

        return true;
    }

    private static HashSet<string> Names(JsonNode? array) =>
        array is JsonArray items ? [.. items.Select(i => i!.GetValue<string>())] : new HashSet<string>(StringComparer.Ordinal);
}
