using System.Globalization;
using System.Text;

namespace RoleModel.Serialization;

/// <summary>
/// The JSONPath of the value being read, kept as a stack of segments so that the happy path allocates
/// nothing; the text is rendered only when a problem is reported.
/// </summary>
internal sealed class WirePath
{
    private readonly List<(string? Member, int Index)> segments = [];

    /// <summary>Enters a member.</summary>
    internal void Push(string name) => segments.Add((name, -1));

    /// <summary>Enters an array item.</summary>
    internal void Push(int index) => segments.Add((null, index));

    /// <summary>The index of the array item entered last.</summary>
    internal int LastIndex => segments[^1].Index;

    /// <summary>Leaves the segment entered last.</summary>
    internal void Pop() => segments.RemoveAt(segments.Count - 1);

    /// <summary>The current path, or the path of a member (and of a member of that member) of the current value.</summary>
    internal string Render(string? member = null, string? child = null)
    {
        var text = new StringBuilder("$");
        foreach (var (name, index) in segments)
        {
            Append(text, name, index);
        }

        if (member is not null)
        {
            Append(text, member, -1);
        }

        if (child is not null)
        {
            Append(text, child, -1);
        }

        return text.ToString();
    }

    /// <summary>Appends a member (dot notation when it is a plain name, else bracket notation) or an index.</summary>
    internal static void Append(StringBuilder text, string? member, int index)
    {
        if (member is null)
        {
            text.Append('[').Append(index.ToString(CultureInfo.InvariantCulture)).Append(']');
        }
        else if (IsPlain(member))
        {
            text.Append('.').Append(member);
        }
        else
        {
            text.Append("['").Append(member.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("'", "\\'", StringComparison.Ordinal)).Append("']");
        }
    }

    // The characters for which System.Text.Json writes a member in bracket notation; the same rule here keeps
    // the reader's own paths and the serializer's paths comparable.
    private static readonly System.Buffers.SearchValues<char> Special =
        System.Buffers.SearchValues.Create(".'/\"[]() \t\n\r\f\b\\\u0085\u2028\u2029");

    private static bool IsPlain(string member) => member.Length > 0 && member.AsSpan().IndexOfAny(Special) < 0;

    /// <summary>The segments of a path of the form <c>$.a[0]['b c']</c>: a member name, or null and an index.</summary>
    internal static IEnumerable<(string? Member, int Index)> Parse(string path)
    {
        var i = 1;
        while (i < path.Length)
        {
            if (path[i] == '.')
            {
                var end = path.IndexOfAny(['.', '['], i + 1);
                end = end < 0 ? path.Length : end;
                yield return (path[(i + 1)..end], -1);
                i = end;
            }
            else if (i + 1 < path.Length && path[i + 1] == '\'')
            {
                var end = path.IndexOf("']", i + 2, StringComparison.Ordinal);
                end = end < 0 ? path.Length : end;
                yield return (path[(i + 2)..end].Replace("\\'", "'", StringComparison.Ordinal).Replace("\\\\", "\\", StringComparison.Ordinal), -1);
                i = end + 2;
            }
            else
            {
                var end = path.IndexOf(']', i);
                end = end < 0 ? path.Length : end;
                yield return (null, int.TryParse(path.AsSpan(i + 1, end - i - 1), System.Globalization.CultureInfo.InvariantCulture, out var index) ? index : -1);
                i = end + 1;
            }
        }
    }

    /// <summary>The path of the value that holds the value at a path, or null for the root.</summary>
    internal static string? Parent(string path)
    {
        if (path.Length <= 1)
        {
            return null;
        }

        var cut = path[^1] == ']' ? path.LastIndexOf('[') : path.LastIndexOf('.');
        return cut > 0 ? path[..cut] : "$";
    }
}
