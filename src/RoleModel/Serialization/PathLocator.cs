using System.Text;
using System.Text.Json;

namespace RoleModel.Serialization;

/// <summary>
/// Finds values of a well-formed document by JSON path, and the path of the value a fault is in. Used only
/// when there is something to report; it walks into a container only on the way to a wanted place.
/// </summary>
internal static class PathLocator
{
    /// <summary>A value found: the byte offset where it starts, and its text when it is a string.</summary>
    internal readonly record struct Place(long Offset, string? Text);

    /// <summary>The values at the wanted paths and at every path that encloses one.</summary>
    internal static Dictionary<string, Place> Find(ReadOnlySpan<byte> utf8, IEnumerable<string> paths)
    {
        var wanted = new HashSet<string>(StringComparer.Ordinal);
        foreach (var path in paths)
        {
            for (var at = path; at is not null && wanted.Add(at); at = WirePath.Parent(at))
            {
            }
        }

        var found = new Dictionary<string, Place>(StringComparer.Ordinal);
        Walk(utf8, long.MaxValue, (ref Utf8JsonReader reader, string path) =>
        {
            if (!wanted.Contains(path))
            {
                return false;
            }

            found.TryAdd(path, new(reader.TokenStartIndex, reader.TokenType == JsonTokenType.String ? reader.GetString() : null));
            return true;
        });
        return found;
    }

    /// <summary>
    /// The path of the value being read when a reader meets a fault at a byte offset (a syntax error, invalid
    /// UTF-8): the value that holds the offset (a member's value or an array item), else the member last named in
    /// the innermost object, or the innermost array.
    /// </summary>
    internal static string PathAtFault(ReadOnlySpan<byte> utf8, long offset) => Walk(utf8, offset, static (ref Utf8JsonReader _, string _) => true);

    private delegate bool Visitor(ref Utf8JsonReader reader, string path);

    /// <summary>Walks values up to a byte offset, entering the containers the visitor wants; returns the path at the stop.</summary>
    private static string Walk(ReadOnlySpan<byte> utf8, long stop, Visitor visit)
    {
        var reader = new Utf8JsonReader(utf8, new JsonReaderOptions { MaxDepth = int.MaxValue });
        var frames = new List<(string Path, bool IsArray, int Count)>();
        string? member = null;
        try
        {
            while (reader.Read() && reader.TokenStartIndex < stop)
            {
                switch (reader.TokenType)
                {
                    case JsonTokenType.PropertyName:
                        member = reader.GetString();
                        break;
                    case JsonTokenType.EndObject or JsonTokenType.EndArray:
                        frames.RemoveAt(frames.Count - 1);
                        member = null;
                        break;
                    default:
                        if (frames.Count > Reading.CatalogueReader.MaxDepth)
                        {
                            // Deeper than a document may be: the reader reports that, and paths would only grow.
                            return frames[^1].Path;
                        }

                        var path = frames.Count == 0 ? "$" : Child(frames, member);
                        var enter = visit(ref reader, path);
                        if (reader.TokenType is not (JsonTokenType.StartObject or JsonTokenType.StartArray) && reader.BytesConsumed > stop)
                        {
                            return path; // the fault is inside this value (invalid UTF-8 in a string): its own path, an array item's too
                        }

                        if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray)
                        {
                            if (enter)
                            {
                                frames.Add((path, reader.TokenType == JsonTokenType.StartArray, 0));
                                member = null;
                            }
                            else
                            {
                                reader.Skip();
                            }
                        }

                        break;
                }
            }
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException)
        {
            // the fault itself: the path reached is its place
        }

        if (frames.Count == 0)
        {
            return "$";
        }

        var (top, isArray, _) = frames[^1];
        return isArray || member is null ? top : Append(top, member, -1);
    }

    private static string Child(List<(string Path, bool IsArray, int Count)> frames, string? member)
    {
        var (parent, isArray, count) = frames[^1];
        if (isArray)
        {
            frames[^1] = (parent, true, count + 1);
            return Append(parent, null, count);
        }

        return Append(parent, member, -1);
    }

    private static string Append(string parent, string? member, int index)
    {
        var text = new StringBuilder(parent);
        WirePath.Append(text, member, index);
        return text.ToString();
    }
}
