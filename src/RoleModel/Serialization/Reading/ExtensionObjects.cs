using System.Collections.Immutable;
using System.Runtime.InteropServices;
using System.Text.Json;

namespace RoleModel.Serialization.Reading;

/// <summary>
/// Extension data for each object of a JSON array of objects (<see cref="ExtensionData.ParseObjects"/>): the
/// text is checked and the member names read in one pass, and the values are parsed when one is first asked for.
/// </summary>
internal static class ExtensionObjects
{
    internal static ImmutableArray<ExtensionData> Parse(ReadOnlySpan<byte> utf8Json, string parameter)
    {
        var reader = new Utf8JsonReader(utf8Json, new JsonReaderOptions { MaxDepth = CatalogueReader.MaxDepth });
        var names = new StringPool<byte>();
        var members = new List<KeyValuePair<string, JsonElement>>();
        var objects = new List<KeyValuePair<string, JsonElement>[]>();
        var result = ImmutableArray.CreateBuilder<ExtensionData>();
        var deferred = new DeferredValues();
        try
        {
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartArray)
            {
                throw new ArgumentException($"The extension data must be a JSON array of objects, not {Shapes.Found(reader.TokenType)}.", parameter);
            }

            while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
            {
                if (reader.TokenType != JsonTokenType.StartObject)
                {
                    throw new ArgumentException($"Item {objects.Count} of the extension data must be a JSON object, not {Shapes.Found(reader.TokenType)}.", parameter);
                }

                members.Clear();
                while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
                {
                    var name = Name(ref reader, names);
                    if (Contains(members, name))
                    {
                        throw new ArgumentException($"Item {objects.Count} of the extension data has the member '{name}' twice.", parameter);
                    }

                    members.Add(new(name, default));
                    reader.Read();
                    reader.Skip();
                }

                var slots = members.ToArray();
                objects.Add(slots);
                result.Add(slots.Length == 0 ? ExtensionData.Empty : ExtensionData.Deferred(ImmutableCollectionsMarshal.AsImmutableArray(slots), deferred));
            }

            while (reader.Read())
            {
                // content after the array is a syntax error, which Read throws
            }
        }
        catch (JsonException e)
        {
            throw new ArgumentException($"The extension data is not valid JSON: {e.Message}", parameter, e);
        }

        deferred.CompleteObjects(utf8Json.ToArray(), objects);
        return result.ToImmutable();
    }

    private static bool Contains(List<KeyValuePair<string, JsonElement>> members, string name)
    {
        foreach (var (known, _) in members)
        {
            if (string.Equals(known, name, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A member name, the same string for every object that has it.</summary>
    private static string Name(ref Utf8JsonReader reader, StringPool<byte> names) =>
        !reader.ValueIsEscaped && names.Find(reader.ValueSpan) is var entry and >= 0 ? names[entry] : reader.GetString()!;
}
