using System.Text;
using System.Text.Json;
using RoleModel.Validation;

namespace RoleModel.Serialization;

/// <summary>
/// One pass over a document's tokens with <see cref="Utf8JsonReader"/>, run only when something is to be
/// reported: it finds the first fault of the text (syntax, invalid UTF-8, duplicate member, excessive depth)
/// and the byte offset, token type and text of the values at wanted paths.
/// </summary>
internal sealed class DocumentScan
{
    private readonly HashSet<string> wanted;
    private readonly Dictionary<string, Token> found = new(StringComparer.Ordinal);

    private DocumentScan(IEnumerable<string> wanted) => this.wanted = new(wanted, StringComparer.Ordinal);

    /// <summary>The first fault of the text, if any.</summary>
    internal Fault? FirstFault { get; private set; }

    /// <summary>The wanted values found, by path.</summary>
    internal IReadOnlyDictionary<string, Token> Found => found;

    internal static DocumentScan Run(ReadOnlySpan<byte> utf8, IEnumerable<string> wanted)
    {
        var scan = new DocumentScan(wanted);
        scan.Walk(utf8);
        return scan;
    }

    private void Walk(ReadOnlySpan<byte> utf8)
    {
        // Depth is checked here rather than by the reader, so that the fault gets a path.
        var reader = new Utf8JsonReader(utf8, new JsonReaderOptions { MaxDepth = int.MaxValue });
        var frames = new List<Frame>();
        string? member = null;
        try
        {
            while (reader.Read())
            {
                switch (reader.TokenType)
                {
                    case JsonTokenType.PropertyName:
                        member = reader.GetString()!;
                        if (!frames[^1].Names!.Add(member))
                        {
                            Fail(ProblemCodes.DuplicateMember, Child(frames[^1].Path, member), reader.TokenStartIndex,
                                $"The member '{member}' occurs more than once in the same object.");
                            return;
                        }

                        break;
                    case JsonTokenType.EndObject or JsonTokenType.EndArray:
                        frames.RemoveAt(frames.Count - 1);
                        break;
                    default:
                        var path = frames.Count == 0 ? "$" : frames[^1].Names is null ? Item(frames[^1]) : Child(frames[^1].Path, member!);
                        if (!Visit(ref reader, path, frames))
                        {
                            return;
                        }

                        break;
                }
            }
        }
        catch (JsonException e)
        {
            var at = frames.Count == 0 ? "$" : frames[^1].Names is null ? frames[^1].Path : (member is null ? frames[^1].Path : Child(frames[^1].Path, member));
            FirstFault = new Fault(ProblemCodes.JsonSyntax, at, -1, e.LineNumber ?? 0, e.BytePositionInLine ?? 0, Plain(e.Message));
        }
        catch (InvalidOperationException)
        {
            var at = frames.Count == 0 ? "$" : frames[^1].Path;
            Fail(ProblemCodes.JsonSyntax, at, reader.TokenStartIndex, "A string is not valid UTF-8.");
        }
    }

    private bool Visit(ref Utf8JsonReader reader, string path, List<Frame> frames)
    {
        string? text = null;
        if (reader.TokenType == JsonTokenType.String)
        {
            text = reader.GetString(); // also checks that the string is valid UTF-8
        }
        else if (reader.TokenType == JsonTokenType.Number)
        {
            text = Encoding.UTF8.GetString(reader.ValueSpan);
        }

        if (wanted.Contains(path))
        {
            found.TryAdd(path, new Token(reader.TokenType, reader.TokenStartIndex, text));
        }

        if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray)
        {
            if (frames.Count >= Wire.WireContext.MaxDepth)
            {
                Fail(ProblemCodes.TooDeep, path, reader.TokenStartIndex,
                    $"Arrays and objects are nested more than {Wire.WireContext.MaxDepth} levels deep.");
                return false;
            }

            frames.Add(new Frame(path, reader.TokenType == JsonTokenType.StartObject ? new HashSet<string>(StringComparer.Ordinal) : null));
        }

        return true;
    }

    private static string Item(Frame frame)
    {
        var text = new StringBuilder(frame.Path);
        WirePath.Append(text, null, frame.Count++);
        return text.ToString();
    }

    private static string Child(string parent, string member)
    {
        var text = new StringBuilder(parent);
        WirePath.Append(text, member, -1);
        return text.ToString();
    }

    private void Fail(string code, string path, long offset, string message) =>
        FirstFault = new Fault(code, path, offset, 0, 0, message);

    /// <summary>A reader message without the position the reader appends (the problem carries it).</summary>
    internal static string Plain(string message)
    {
        foreach (var marker in (ReadOnlySpan<string>)[" LineNumber:", " Path:", " | LineNumber"])
        {
            var cut = message.IndexOf(marker, StringComparison.Ordinal);
            if (cut > 0)
            {
                message = message[..cut];
            }
        }

        // The reader speaks to programmers about its options; a document's author needs only the rule.
        return message
            .Replace(" which is not supported in this mode. Change the reader options.", ", which JSON does not allow.", StringComparison.Ordinal)
            .Replace(" Change the reader options.", string.Empty, StringComparison.Ordinal)
            .Trim();
    }

    /// <summary>A value at a wanted path: its token type, the byte offset where it starts, and its text for strings and numbers.</summary>
    internal readonly record struct Token(JsonTokenType Type, long Offset, string? Text);

    /// <summary>A fault of the text: at a byte offset, or (offset -1) at a 0-based line and byte in that line.</summary>
    internal sealed record Fault(string Code, string Path, long Offset, long Line, long BytePositionInLine, string Message);

    private sealed class Frame(string path, HashSet<string>? names)
    {
        internal string Path { get; } = path;

        internal HashSet<string>? Names { get; } = names;

        internal int Count { get; set; }
    }
}
