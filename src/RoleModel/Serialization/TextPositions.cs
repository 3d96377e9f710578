namespace RoleModel.Serialization;

/// <summary>Turns byte positions in a UTF-8 document into 1-based lines and columns (columns count characters).</summary>
internal sealed class TextPositions
{
    private readonly List<int> lineStarts = [0];

    internal TextPositions(ReadOnlySpan<byte> utf8)
    {
        for (var offset = 0; ;)
        {
            var next = utf8[offset..].IndexOf((byte)'\n');
            if (next < 0)
            {
                break;
            }

            offset += next + 1;
            lineStarts.Add(offset);
        }
    }

    /// <summary>The line and column of a byte offset.</summary>
    internal (int Line, int Column) At(ReadOnlySpan<byte> utf8, long offset)
    {
        var line = lineStarts.BinarySearch((int)offset);
        if (line < 0)
        {
            line = ~line - 1;
        }

        return (line + 1, Column(utf8, lineStarts[line], (int)offset));
    }

    /// <summary>The line and column of a 0-based line number and byte position in that line, as the reader reports them.</summary>
    internal (int Line, int Column) At(ReadOnlySpan<byte> utf8, long line, long bytePositionInLine)
    {
        var index = (int)Math.Clamp(line, 0, lineStarts.Count - 1);
        var start = lineStarts[index];
        var end = (int)Math.Min(utf8.Length, start + bytePositionInLine);
        return (index + 1, Column(utf8, start, end));
    }

    private static int Column(ReadOnlySpan<byte> utf8, int start, int end)
    {
        var column = 1;
        for (var i = start; i < end && i < utf8.Length; i++)
        {
            if ((utf8[i] & 0xC0) != 0x80)
            {
                column++;
            }
        }

        return column;
    }
}
