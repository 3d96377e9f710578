using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using NodaTime;
using NodaTime.Text;
using RoleModel.Cli.Localization;
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
    /// <summary>
    /// Appends the changes that <paramref name="build"/> makes from the document as read under the lock (so that a change
    /// that copies a task's current version copies the version that is current when it is written), or throws
    /// <see cref="CommandFailedException"/> after printing each located problem.
    /// </summary>
    /// <param name="file">The document to change.</param>
    /// <param name="roleId">The role whose history receives the changes.</param>
    /// <param name="build">Makes the changes, as JSON objects in the document format, from the composed document; throws <see cref="CommandFailedException"/> to refuse.</param>
    /// <param name="source">Where the changes came from, for problem messages.</param>
    /// <param name="recordedAt">The instant for changes without <c>recorded</c>.</param>
    /// <param name="console">Where problems go.</param>
    /// <param name="supplied">The catalogues supplied with <c>--with</c>, for the document's imports.</param>
    /// <param name="wording">The tool's wording for the messages.</param>
    /// <returns>The changes as recorded, in order.</returns>
    public static IReadOnlyList<RoleModel.History.RoleChange> Append(FileInfo file, string roleId, Func<Catalogue, IReadOnlyList<JsonObject>> build, string source, Instant recordedAt, CliConsole console, IReadOnlyList<FileInfo> supplied, Wording wording) =>
        LockedDocument.Change(file, console, original => Compose(file, original, roleId, build, source, recordedAt, console, supplied, wording), wording: wording);

    /// <summary>The document with the changes recorded, computed from the bytes read under the lock; ids are allocated here.</summary>
    private static DocumentReplacement<IReadOnlyList<RoleModel.History.RoleChange>> Compose(
        FileInfo file, byte[] original, string roleId, Func<Catalogue, IReadOnlyList<JsonObject>> build, string source, Instant recordedAt, CliConsole console, IReadOnlyList<FileInfo> supplied, Wording wording)
    {
        var catalogue = DocumentLoader.RequireValid(DocumentLoader.Compose(original, file.ToString(), file.FullName, supplied), console).Catalogue!;
        if (catalogue.FindRole(roleId) is null)
        {
            var roles = catalogue.Roles.Select(r => r.Id).Take(11).ToList();
            throw new CommandFailedException(wording.Format("Record.NoRole", roleId,
                roles.Count == 0 ? wording["List.None"] : string.Join(", ", roles.Take(10)) + (roles.Count > 10 ? ", ..." : string.Empty)));
        }

        var changes = build(catalogue);
        if (changes.Count == 0)
        {
            throw new CommandFailedException(wording.Format("Record.NoChange", source));
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
                console.Error.WriteLine(Locate(problem, historyIndex, existing, changes.Count, source, file.ToString(), wording));
            }

            throw new CommandFailedException(wording.Format("Record.Refused", wording.Count(changes.Count, "Count.Change"), file));
        }

        // Nothing silent: a warning the new changes bring (such as a self-directed share below the openness' minimum) is told, located in the change.
        foreach (var warning in result.Report.Warnings)
        {
            if (InNewChange(warning.Path, historyIndex, existing, changes.Count) is { } inner)
            {
                console.Error.WriteLine($"{source}: warning {warning.Code}: {warning.Message} ({inner})");
            }
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
    public static IReadOnlyList<JsonObject> ReadChanges(string path, CliConsole console, Wording wording)
    {
        string text;
        if (path == "-")
        {
            text = (console.In ?? throw new UsageException(wording["Record.NoInput"])).ReadToEnd();
        }
        else
        {
            if (!File.Exists(path))
            {
                throw new UsageException(wording.Format("Record.NoFile", path));
            }

            text = File.ReadAllText(path);
        }

        var name = path == "-" ? wording["Record.StandardInput"] : path;
        JsonNode? node;
        try
        {
            node = JsonNode.Parse(text, documentOptions: new JsonDocumentOptions { AllowDuplicateProperties = false });
        }
        catch (JsonException e)
        {
            throw new CommandFailedException(wording.Format("Record.NotJson", name, ((e.LineNumber ?? 0) + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), ((e.BytePositionInLine ?? 0) + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), e.Message.Split(" Path:")[0]));
        }

        return node switch
        {
            JsonObject change => [change],
            JsonArray array when array.All(item => item is JsonObject) => [.. array.Select(item => item!.AsObject().DeepClone().AsObject())],
            _ => throw new CommandFailedException(wording.Format("Record.NotChanges", name)),
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

    /// <summary>The path of a problem within the appended change it concerns, or null when it is outside them.</summary>
    private static string? InNewChange(string path, int historyIndex, int existing, int count)
    {
        for (var k = count - 1; k >= 0; k--)
        {
            var prefix = $"$.histories[{historyIndex}].changes[{existing + k}]";
            if (path.StartsWith(prefix, StringComparison.Ordinal) && (path.Length == prefix.Length || path[prefix.Length] is '.' or '['))
            {
                return count == 1 ? "$" + path[prefix.Length..] : $"{k + 1}/{count}: ${path[prefix.Length..]}";
            }
        }

        return null;
    }

    /// <summary>A problem of an appended change, located in the change (its number and member path) rather than in the composed document.</summary>
    private static string Locate(ValidationProblem problem, int historyIndex, int existing, int count, string source, string file, Wording wording)
    {
        for (var k = count - 1; k >= 0; k--)
        {
            var prefix = $"$.histories[{historyIndex}].changes[{existing + k}]";
            if (problem.Path.StartsWith(prefix, StringComparison.Ordinal))
            {
                var inner = "$" + problem.Path[prefix.Length..];
                var which = count == 1 ? wording["Record.TheChangeIsRefused"] : wording.Format("Record.ChangeIsRefused", k + 1, count);
                return $"{source}: error {problem.Code}: {which}: {problem.Message} ({inner})";
            }
        }

        return $"{file}: error {problem.Code}: {problem.Message} ({problem.Path})";
    }
}
