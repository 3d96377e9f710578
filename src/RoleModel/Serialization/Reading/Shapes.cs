using System.Text.Json;

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

    /// <summary>An array of identifiers of a kind ("competencies", "tags").</summary>
    internal static string Identifiers(string kind) => $"an array of {kind}, each a string";

    /// <summary>An array of objects of a kind ("requirements").</summary>
    internal static string Array(string kind) => $"an array of {kind}";

    /// <summary>An object of a kind ("a requirement").</summary>
    internal static string Object(string noun) => $"{noun}, an object";

    /// <summary>One of the names of an enumeration.</summary>
    internal static string OneOf(string names) => $"a string, one of: {names}";

    /// <summary>The message for a value of the wrong type: "Expected an array of tags, each a string, but found a string."</summary>
    internal static string Expected(string expected, JsonTokenType found) =>
        expected.Contains(',', StringComparison.Ordinal)
            ? $"Expected {expected}, but found {Found(found)}."
            : $"Expected {expected} but found {Found(found)}.";

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
