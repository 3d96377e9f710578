using System.Text.Json;
using RoleModel.Validation;

namespace RoleModel.Serialization.Reading;

/// <summary>
/// What a value must look like at a place in a document, in words for "expected ... but found ..." messages:
/// the shape a person writing the document by hand has to produce there.
/// </summary>
internal static class Shapes
{
    internal const string Text = "a localized text, an object such as {\"en\": \"…\"}";
    internal const string TextEntry = "a string";
    internal const string TextArray = "an array of localized texts";
    internal const string Identifier = "an identifier, a string";
    internal const string String = "a string";
    internal const string Share = "a number, a percentage from 0 to 100";
    internal const string Weight = "a number";
    internal const string Boolean = "true or false";
    internal const string Date = "a date, a string such as \"2026-01-31\"";
    internal const string Instant = "an instant, a string such as \"2026-01-31T09:30:00Z\"";
    internal const string LevelCorrespondences = "an object from source level code to target level code, such as {\"5\": \"e-4\"}";
    internal const string LevelCode = "a level code of the target scale, a string";
    internal const string SchemaVersion = "a string such as \"1.0\"";
    internal const string SchemaAddress = "a string, the address of the JSON Schema";

    private const string OneOfStart = "a string, one of: ";

    /// <summary>The templates of the fixed shapes (Validation/ProblemMessages.resx), so that they read in other languages.</summary>
    private static readonly Dictionary<string, string> Keys = new(StringComparer.Ordinal)
    {
        [Text] = "Shape.Text", [String] = "Shape.String", [TextArray] = "Shape.TextArray", [Identifier] = "Shape.Identifier",
        [Share] = "Shape.Share", [Weight] = "Shape.Number", [Boolean] = "Shape.Boolean", [Date] = "Shape.Date",
        [Instant] = "Shape.Instant", [LevelCorrespondences] = "Shape.LevelCorrespondences", [LevelCode] = "Shape.LevelCode",
        [SchemaVersion] = "Shape.SchemaVersion", [SchemaAddress] = "Shape.SchemaAddress",
    };

    /// <summary>An array of identifiers of a kind ("competencies", "tags").</summary>
    internal static string Identifiers(string kind) => $"an array of {kind}, each a string";

    /// <summary>An array of objects of a kind ("requirements").</summary>
    internal static string Array(string kind) => $"an array of {kind}";

    /// <summary>An object of a kind ("a requirement").</summary>
    internal static string Object(string noun) => $"{noun}, an object";

    /// <summary>One of the names of an enumeration.</summary>
    internal static string OneOf(string names) => OneOfStart + names;

    /// <summary>The message for a value of the wrong type: "Expected an array of tags, each a string, but found a string."</summary>
    internal static ProblemMessage Expected(string expected, JsonTokenType found) =>
        ProblemMessage.Of(expected.Contains(',', StringComparison.Ordinal) ? "WrongType.Comma" : "WrongType", Described(expected), FoundMessage(found));

    /// <summary>The kind of JSON value at the reader as a message: "an object", in German "ein Objekt".</summary>
    internal static ProblemMessage FoundMessage(JsonTokenType type) => ProblemMessage.Of(type switch
    {
        JsonTokenType.StartObject => "Found.Object",
        JsonTokenType.StartArray => "Found.Array",
        JsonTokenType.String => "Found.String",
        JsonTokenType.Number => "Found.Number",
        JsonTokenType.True or JsonTokenType.False => "Found.Boolean",
        _ => "Found.Null",
    });

    /// <summary>
    /// A shape as a message: a fixed shape from its template; one that names a kind of the format ("an array of
    /// requirements", "a role, an object") reads as written in English and as the JSON type in other languages.
    /// </summary>
    private static ProblemMessage Described(string expected)
    {
        if (Keys.TryGetValue(expected, out var key))
        {
            return ProblemMessage.Of(key);
        }

        if (expected.StartsWith(OneOfStart, StringComparison.Ordinal))
        {
            return ProblemMessage.Of("Shape.OneOf", expected[OneOfStart.Length..]);
        }

        if (expected.StartsWith("an array of ", StringComparison.Ordinal))
        {
            return ProblemMessage.Worded(expected, expected.EndsWith(", each a string", StringComparison.Ordinal) ? "Shape.Identifiers" : "Shape.Array");
        }

        return expected.EndsWith(", an object", StringComparison.Ordinal) ? ProblemMessage.Worded(expected, "Shape.Object") : expected;
    }

    /// <summary>The kind of JSON value at the reader, in words: "an object", "a string", ...</summary>
    internal static string Found(JsonTokenType type) => type switch
    {
        JsonTokenType.StartObject => "an object",
        JsonTokenType.StartArray => "an array",
        JsonTokenType.String => "a string",
        JsonTokenType.Number => "a number",
        JsonTokenType.True or JsonTokenType.False => "a boolean",
        _ => "null",
    };
}
