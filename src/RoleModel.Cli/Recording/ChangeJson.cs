using System.Text.Json.Nodes;
using RoleModel.History;
using RoleModel.Serialization;

namespace RoleModel.Cli.Recording;

/// <summary>
/// A change built with the library's factories, written as the library writes it in a document: the recording commands
/// that take options (<c>task</c>, <c>requirement</c>, <c>propose</c>, <c>decide</c>) hand the same JSON to
/// <see cref="HistoryAppender"/> as <c>append</c> reads from a file, so that every change takes the one recording path.
/// </summary>
internal static class ChangeJson
{
    /// <summary>The change as a JSON object of the document format, without <c>recorded</c> (filled in when recorded) and, unless <paramref name="keepId"/>, without <c>id</c> (given out under the lock).</summary>
    public static JsonObject Of(RoleChange change, Role role, bool keepId)
    {
        var carrier = new Catalogue(roles: [role], histories: [new RoleHistory(role, [change])]);
        var written = JsonNode.Parse(RoleModelJson.WriteToString(carrier, indented: false))!;
        var json = written["histories"]![0]!["changes"]![0]!.DeepClone().AsObject();
        json.Remove("recorded");
        if (!keepId)
        {
            json.Remove("id");
        }

        return json;
    }
}
