using RoleModel.Serialization.Reading;
using RoleModel.Validation;

namespace RoleModel.Serialization;

/// <summary>
/// Turns byte offsets in a UTF-8 document into 1-based lines and columns (columns count characters), all of a
/// document's problems in one pass over the text in offset order: linear in the length of the document, also
/// when it is one long line with many problems.
/// </summary>
internal static class TextPositions
{
    /// <summary>The problems with their lines and columns, in the given order.</summary>
    internal static List<ValidationProblem> Locate(ReadOnlySpan<byte> utf8, List<Located> found)
    {
        var order = new int[found.Count];
        var keys = new long[found.Count];
        for (var i = 0; i < order.Length; i++)
        {
            order[i] = i;
            keys[i] = found[i].Offset;
        }

        Array.Sort(keys, order);
        var positions = new (int Line, int Column)[found.Count];
        int line = 1, column = 1, at = 0;
        foreach (var index in order)
        {
            var offset = (int)Math.Clamp(found[index].Offset, 0, utf8.Length);
            var passed = utf8[at..offset];
            var lastBreak = passed.LastIndexOf((byte)'\n');
            if (lastBreak >= 0)
            {
                line += passed.Count((byte)'\n');
                column = 1;
                passed = passed[(lastBreak + 1)..];
            }

            column += Characters(passed);
            at = offset;
            positions[index] = (line, column);
        }

        var located = new List<ValidationProblem>(found.Count);
        for (var i = 0; i < found.Count; i++)
        {
            located.Add(found[i].Problem.WithPosition(positions[i].Line, positions[i].Column));
        }

        return located;
    }

    /// <summary>The byte offset of a 0-based line and byte position in that line, as the reader reports them.</summary>
    internal static long Offset(ReadOnlySpan<byte> utf8, long line, long bytePositionInLine)
    {
        var start = 0;
        for (var i = 0L; i < line; i++)
        {
            var next = utf8[start..].IndexOf((byte)'\n');
            if (next < 0)
            {
                break;
            }

            start += next + 1;
        }

        return Math.Min(utf8.Length, start + bytePositionInLine);
    }

    /// <summary>The number of characters (code points) in UTF-8 text: the bytes that are not continuation bytes.</summary>
    private static int Characters(ReadOnlySpan<byte> utf8)
    {
        var count = 0;
        foreach (var b in utf8)
        {
            if ((b & 0xC0) != 0x80)
            {
                count++;
            }
        }

        return count;
    }
}
