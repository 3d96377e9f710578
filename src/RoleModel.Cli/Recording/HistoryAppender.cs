using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using NodaTime;
using NodaTime.Text;
using RoleModel.Serialization;
using RoleModel.Validation;

namespace RoleModel.Cli.Recording;

/// <summary>
/// The one way the tool records changes (used by <c>append</c>, <c>propose</c> and <c>decide</c>): the changes
/// join the role's history in the document, the whole document is read again with the library, so each change
/// is checked by the same rules as <c>validate</c> (against the role as it stands on the change's day), and only
/// a valid result replaces the file, atomically. A refused change leaves the file byte for byte as it was. The
/// whole read, check and write happens under the document's lock (<see cref="LockedDocument"/>).
/// </summary>
internal static class HistoryAppender
{
    /// <summary>Appends the changes, or throws <see cref="CommandFailedException"/> after printing each located problem.</summary>
    /// <param name="file">The document to change.</param>
    /// <param name="roleId">The role whose history receives the changes.</param>
    /// <param name="changes">The changes as JSON objects in the document format; a missing <c>id</c> or <c>recorded</c> is filled in.</param>
    /// <param name="source">Where the changes came from, for problem messages.</param>
    /// <param name="recordedAt">The instant for changes without <c>recorded</c>.</param>
    /// <param name="console">Where problems go.</param>
    /// <param name="supplied">The catalogues supplied with <c>--with</c>, for the document's imports.</param>
    /// <returns>The changes as recorded, in order.</returns>
    public static IReadOnlyList<RoleModel.History.RoleChange> Append(FileInfo file, string roleId, IReadOnlyList<JsonObject> changes, string source, Instant recordedAt, CliConsole console, IReadOnlyList<FileInfo> supplied)
    {
        return LockedDocument.Change(file, console, original => Compose(file, original, roleId, changes, source, recordedAt, console, supplied));
    }

    /// <summary>The document with the changes recorded, computed from the bytes read under the lock; ids are allocated here.</summary>
    private static DocumentReplacement<IReadOnlyList<RoleModel.History.RoleChange>> Compose(
        FileInfo file, byte[] original, string roleId, IReadOnlyList<JsonObject> changes, string source, Instant recordedAt, CliConsole console, IReadOnlyList<FileInfo> supplied)
    {
        var catalogue = DocumentLoader.RequireValid(DocumentLoader.Compose(original, file.ToString(), file.FullName, supplied), console).Catalogue!;
        Lookup.Role(catalogue, roleId);
        if (changes.Count == 0)
        {
            throw new CommandFailedException($"{source} holds no change.");
        }

        var document = JsonNode.Parse(original, documentOptions: new JsonDocumentOptions { AllowDuplicateProperties = false })!.AsObject();
        var (historyIndex, history) = FindOrAddHistory(document, roleId);
        var existing = history.Count;
        var usedIds = catalogue.Histories.SelectMany(h => h.Changes).Select(c => c.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var change in changes)
        {
            if (change["id"] is null)
            {
                change["id"] = NextId(roleId, existing, usedIds);
            }
            else if (change["id"] is JsonValue value && value.TryGetValue<string>(out var id))
            {
                usedIds.Add(id);
            }

            change["recorded"] ??= InstantPattern.ExtendedIso.Format(recordedAt);
            history.Add(change);
        }

        var composed = Encoding.UTF8.GetBytes(document.ToJsonString(new JsonSerializerOptions { WriteIndented = true }));
        // Read as the file it replaces, so that its imports resolve as they will when it is read again.
        var result = DocumentLoader.Compose(composed, file.ToString(), file.FullName, supplied);
        if (result.Own is not { } updated || !result.IsValid)
        {
            foreach (var problem in result.Report.Errors)
            {
                console.Error.WriteLine(Locate(problem, historyIndex, existing, changes.Count, source, file.ToString()));
            }

            throw new CommandFailedException($"{Text.Count(changes.Count, "change")} refused; {file} is unchanged.");
        }

        var endsWithNewline = original.Length > 0 && original[^1] == (byte)'\n';
        var recorded = result.Catalogue!.FindHistory(roleId)!.Changes;
        return new(
            stream =>
            {
                RoleModelJson.Write(updated, stream);
                if (endsWithNewline)
                {
                    stream.WriteByte((byte)'\n');
                }
            },
            [.. recorded.Skip(recorded.Length - changes.Count)]);
    }

    /// <summary>Reads one change object or an array of them from a file or, for <c>-</c>, standard input.</summary>
    public static IReadOnlyList<JsonObject> ReadChanges(string path, CliConsole console)
    {
        string text;
        if (path == "-")
        {
            text = (console.In ?? throw new UsageException("there is no standard input to read the change from.")).ReadToEnd();
        }
        else
        {
            if (!File.Exists(path))
            {
                throw new UsageException($"the file '{path}' does not exist.");
            }

            text = File.ReadAllText(path);
        }

        var name = path == "-" ? "(standard input)" : path;
        JsonNode? node;
        try
        {
            node = JsonNode.Parse(text, documentOptions: new JsonDocumentOptions { AllowDuplicateProperties = false });
        }
        catch (JsonException e)
        {
            throw new CommandFailedException($"{name}:{(e.LineNumber ?? 0) + 1}:{(e.BytePositionInLine ?? 0) + 1}: the change is not valid JSON: {e.Message.Split(" Path:")[0]}");
        }

        return node switch
        {
            JsonObject change => [change],
            JsonArray array when array.All(item => item is JsonObject) => [.. array.Select(item => item!.AsObject().DeepClone().AsObject())],
            _ => throw new CommandFailedException($"{name}: expected one change (a JSON object) or an array of changes."),
        };
    }

    private static (int Index, JsonArray Changes) FindOrAddHistory(JsonObject document, string roleId)
    {
        if (document["histories"] is not JsonArray histories)
        {
            document["histories"] = histories = [];
        }

        for (var i = 0; i < histories.Count; i++)
        {
            if (histories[i] is JsonObject history && history["role"]?.GetValue<string>() == roleId)
            {
                if (history["changes"] is not JsonArray changes)
                {
                    history["changes"] = changes = [];
                }

                return (i, changes);
            }
        }

        var added = new JsonArray();
        histories.Add(new JsonObject { ["role"] = roleId, ["changes"] = added });
        return (histories.Count - 1, added);
    }

    /// <summary><c>{role}-{n}</c> with the smallest n above the history's length that no change of the document uses.</summary>
    private static string NextId(string roleId, int historyLength, HashSet<string> used)
    {
        for (var n = historyLength + 1; ; n++)
        {
            var id = $"{roleId}-{n:00}";
            if (used.Add(id))
            {
                return id;
            }
        }
    }

    /// <summary>A problem of an appended change, located in the change (its number and member path) rather than in the composed document.</summary>
    private static string Locate(ValidationProblem problem, int historyIndex, int existing, int count, string source, string file)
    {
        for (var k = count - 1; k >= 0; k--)
        {
            var prefix = $"$.histories[{historyIndex}].changes[{existing + k}]";
            if (problem.Path.StartsWith(prefix, StringComparison.Ordinal))
            {
                var inner = "$" + problem.Path[prefix.Length..];
                var which = count == 1 ? "the change" : $"change {k + 1} of {count}";
                return $"{source}: error {problem.Code}: {which} is refused: {problem.Message} ({inner})";
            }
        }

        return $"{file}: error {problem.Code}: {problem.Message} ({problem.Path})";
    }
}
