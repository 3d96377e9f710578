using System.Text.Json;

namespace RoleModel.Tests.Infrastructure;

/// <summary>Short factories for the values most tests need.</summary>
internal static class Make
{
    /// <summary>An invariant-culture text.</summary>
    public static LocalizedText Text(string text) => LocalizedText.Invariant(text);

    /// <summary>Extension data holding one member with a JSON value, such as <c>Extensions("x-note", "1")</c>.</summary>
    public static ExtensionData Extensions(string name, string json = "\"kept\"")
    {
        using var document = JsonDocument.Parse(json);
        return new ExtensionData([new(name, document.RootElement)]);
    }

    /// <summary>A JSON value parsed from text.</summary>
    public static JsonElement Json(string json)
    {
        using var document = JsonDocument.Parse(json);
        return document.RootElement.Clone();
    }
}
