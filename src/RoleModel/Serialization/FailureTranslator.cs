using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using RoleModel.Serialization.Wire;
using RoleModel.Validation;

namespace RoleModel.Serialization;

/// <summary>
/// Explains why the deserializer stopped. The serializer's exception carries a path and a position but a
/// message meant for programmers; a scan of the document finds the precise fault instead, and when the text
/// itself is sound, the wrong type is described from the wire metadata (expected) and the token (found).
/// </summary>
internal static class FailureTranslator
{
    internal static List<ValidationProblem> Translate(ReadOnlySpan<byte> utf8, Exception exception)
    {
        var errorPath = (exception as JsonException)?.Path ?? "$";
        var scan = DocumentScan.Run(utf8, [errorPath, "$.schemaVersion"]);
        var positions = new TextPositions(utf8);
        var problems = new List<ValidationProblem>();
        if (scan.FirstFault is { } fault)
        {
            var (line, column) = fault.Offset >= 0
                ? positions.At(utf8, fault.Offset)
                : positions.At(utf8, fault.Line, fault.BytePositionInLine);
            problems.Add(new(fault.Code, ProblemSeverity.Error, fault.Path, fault.Message, line, column));
            if (fault.Code == ProblemCodes.JsonSyntax)
            {
                return problems;
            }
        }

        if (scan.Found.TryGetValue("$.schemaVersion", out var version) && version.Type == JsonTokenType.String
            && FormatVersion.Check(version.Text, out var fatal) is { } versionProblem && fatal)
        {
            var (line, column) = positions.At(utf8, version.Offset);
            problems.Add(versionProblem.WithPosition(line, column));
        }

        if (problems.Count == 0)
        {
            problems.Add(WrongType(utf8, positions, scan, errorPath, exception));
        }

        return problems;
    }

    private static ValidationProblem WrongType(ReadOnlySpan<byte> utf8, TextPositions positions, DocumentScan scan, string path, Exception exception)
    {
        if (!scan.Found.TryGetValue(path, out var token))
        {
            var (line, column) = exception is JsonException { LineNumber: { } l, BytePositionInLine: { } b } ? positions.At(utf8, l, b) : (1, 1);
            return new(ProblemCodes.WrongType, ProblemSeverity.Error, path, "A value has the wrong type.", line, column);
        }

        var at = positions.At(utf8, token.Offset);
        var expected = Expected(path);
        var found = Describe(token.Type);
        if (token.Type == JsonTokenType.Number && expected == "a number")
        {
            return new(ProblemCodes.NumberOutOfRange, ProblemSeverity.Error, path,
                $"The number {token.Text} cannot be represented; it is too large or too small.", at.Line, at.Column);
        }

        var message = path == "$"
            ? $"The document must be a JSON object, but is {found}."
            : expected is null ? $"The value has the wrong type ({found})." : $"Expected {expected} but found {found}.";
        return new(ProblemCodes.WrongType, ProblemSeverity.Error, path, message, at.Line, at.Column);
    }

    /// <summary>
    /// Explains why a nested value (a task or requirement object of a change, kept as raw JSON by the wire
    /// shapes) could not be read into its wire shape: the code, the path relative to the value, the message.
    /// </summary>
    internal static (string Code, string RelativePath, string Message) TranslateNested(JsonElement root, JsonTypeInfo info, Exception exception)
    {
        var path = (exception as JsonException)?.Path ?? "$";
        if (exception is InvalidOperationException)
        {
            return (ProblemCodes.JsonSyntax, path, "The value holds text that is not valid UTF-8.");
        }

        var value = Find(root, path);
        var expected = Expected(path, info);
        if (value is not { } found)
        {
            return (ProblemCodes.WrongType, path, "A value has the wrong type.");
        }

        if (found.ValueKind == JsonValueKind.Number && expected == "a number")
        {
            return (ProblemCodes.NumberOutOfRange, path, $"The number {found.GetRawText()} cannot be represented; it is too large or too small.");
        }

        var kind = Describe(found.ValueKind);
        return (ProblemCodes.WrongType, path, expected is null ? $"The value has the wrong type ({kind})." : $"Expected {expected} but found {kind}.");
    }

    private static JsonElement? Find(JsonElement root, string path)
    {
        JsonElement? current = root;
        foreach (var (member, index) in WirePath.Parse(path))
        {
            current = current switch
            {
                { ValueKind: JsonValueKind.Object } o when member is not null && o.TryGetProperty(member, out var child) => child,
                { ValueKind: JsonValueKind.Array } a when member is null && index >= 0 && index < a.GetArrayLength() => a[index],
                _ => null,
            };
        }

        return current;
    }

    /// <summary>What the wire metadata expects at a path: "an object", "an array", "a string", "a number", or null when unknown.</summary>
    internal static string? Expected(string path) => Expected(path, WireFormats.Indented);

    /// <summary>What the wire metadata expects at a path into a value of a wire shape.</summary>
    private static string? Expected(string path, JsonTypeInfo root)
    {
        JsonTypeInfo? info = root;
        foreach (var (member, _) in WirePath.Parse(path))
        {
            if (member is null)
            {
                info = info.Kind == JsonTypeInfoKind.Enumerable ? Info(info.ElementType) : null;
            }
            else if (info.Kind == JsonTypeInfoKind.Dictionary)
            {
                info = Info(info.ElementType);
            }
            else
            {
                var property = info.Kind == JsonTypeInfoKind.Object
                    ? info.Properties.FirstOrDefault(p => string.Equals(p.Name, member, StringComparison.Ordinal))
                    : null;
                info = property is null ? null : Info(property.PropertyType);
            }

            if (info is null)
            {
                return null;
            }
        }

        var type = Nullable.GetUnderlyingType(info.Type) ?? info.Type;
        return info.Kind switch
        {
            JsonTypeInfoKind.Object or JsonTypeInfoKind.Dictionary => "an object",
            JsonTypeInfoKind.Enumerable => "an array",
            _ when type == typeof(string) => "a string",
            _ when type == typeof(decimal) || type == typeof(double) => "a number",
            _ => null,
        };
    }

    private static JsonTypeInfo? Info(Type? type) => type is null ? null : WireFormats.Indented.Options.GetTypeInfo(type);

    /// <summary>The kind of a JSON value in words: "an object", "a string", ...</summary>
    internal static string Describe(JsonValueKind kind) => kind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        _ => "null",
    };

    private static string Describe(JsonTokenType type) => type switch
    {
        JsonTokenType.StartObject => "an object",
        JsonTokenType.StartArray => "an array",
        JsonTokenType.String => "a string",
        JsonTokenType.Number => "a number",
        JsonTokenType.True or JsonTokenType.False => "a boolean",
        _ => "null",
    };
}
