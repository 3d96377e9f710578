using System.Text.Json.Nodes;

namespace RoleModel.Tests.Serialization.Contract;

/// <summary>One broken schema rule per kind, applied at a generated value of the definition the rule is about.</summary>
internal static class NearMiss
{
    private static readonly Dictionary<string, (string Site, Func<Random, JsonNode?> Value)> Mutations = new(StringComparer.Ordinal)
    {
        ["identifier ending in U+0085"] = ("identifier", _ => "id\u0085"),
        ["identifier starting with U+FEFF"] = ("identifier", _ => "\uFEFFid"),
        ["identifier ending in U+00A0"] = ("identifier", _ => "id\u00A0"),
        ["identifier ending in a line feed"] = ("identifier", _ => "id\n"),
        ["identifier of spaces"] = ("identifier", _ => "   "),
        ["empty identifier"] = ("identifier", _ => string.Empty),
        ["identifier as a number"] = ("identifier", _ => 7),
        ["date in year 0"] = ("date", _ => "0000-06-01"),
        ["date in a negative year"] = ("date", _ => "-0001-06-01"),
        ["date that does not exist"] = ("date", _ => "2023-02-29"),
        ["date with Arabic-Indic digits"] = ("date", _ => "٢٠٢٤-01-01"),
        ["date with a time"] = ("date", _ => "2024-01-01T00:00:00Z"),
        ["instant with a leap second"] = ("instant", _ => "2016-12-31T23:59:60Z"),
        ["instant at 24:00"] = ("instant", _ => "2024-01-01T24:00:00Z"),
        ["instant with a comma fraction"] = ("instant", _ => "2024-01-01T10:00:00,5Z"),
        ["instant with ten fraction digits"] = ("instant", _ => "2024-01-01T10:00:00.1234567890Z"),
        ["instant with an offset"] = ("instant", _ => "2024-01-01T10:00:00+01:00"),
        ["instant in year 0"] = ("instant", _ => "0000-01-01T10:00:00Z"),
        ["percentage above 100"] = ("percentage", _ => 100.5m),
        ["negative percentage"] = ("percentage", _ => -1),
        ["percentage as a string"] = ("percentage", _ => "50"),
        ["value outside an enumeration"] = ("enum", _ => "Essential"),
        ["optional member null"] = ("optional", _ => null),
        ["required member null"] = ("required", _ => null),
        ["required member missing"] = ("required", _ => JsonValue.Create("(removed)")),
        ["unknown member without a prefix"] = ("optional", _ => JsonValue.Create("(renamed)")),
    };

    internal static IEnumerable<string> Kinds => Mutations.Keys;

    internal static bool Applies(string kind, Site site)
    {
        var wanted = Mutations[kind].Site;
        if (site.Kind != wanted || site.Parent is not JsonObject && wanted is "optional" or "required")
        {
            return false;
        }

        // A null template is a change's way to say "no template": the one member where null is defined.
        return !(kind.EndsWith("null", StringComparison.Ordinal) && site.Key is "template");
    }

    /// <summary>The path where the reader should report the broken rule.</summary>
    internal static string Expected(string kind, Site site) => kind == "unknown member without a prefix" ? site.Path + "X" : site.Path;

    /// <summary>Breaks the rule at the site; returns what was done, for messages.</summary>
    internal static string Apply(string kind, Site site, Random random)
    {
        var value = Mutations[kind].Value(random);
        switch (kind)
        {
            case "required member missing":
                ((JsonObject)site.Parent).Remove((string)site.Key);
                break;
            case "unknown member without a prefix":
                var obj = (JsonObject)site.Parent;
                var name = (string)site.Key;
                var moved = obj[name]?.DeepClone();
                obj.Remove(name);
                obj[name + "X"] = moved;
                return $"{kind} ('{name}X')";
            default:
                if (site.Parent is JsonObject parent)
                {
                    parent[(string)site.Key] = value;
                }
                else
                {
                    ((JsonArray)site.Parent)[(int)site.Key] = value;
                }

                break;
        }

        return kind;
    }
}
