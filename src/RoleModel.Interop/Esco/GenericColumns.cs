using System.Buffers;
using System.Text.Json;
using RoleModel.Interop.Tables;
using RoleModel.Validation;

namespace RoleModel.Interop.Esco;

/// <summary>
/// The columns of a file that map to no member: each is kept as <c>esco:</c> + column name, lists (labels,
/// schemes) as arrays. A row's values are written at once, from the parser's UTF-8 bytes, as one compact JSON
/// object appended to the pillar's <see cref="PooledBuffer"/>, so that no string and no array is made for them.
/// </summary>
internal sealed class GenericColumns : IDisposable
{
    private static readonly byte[] LineSeparators = "\n\r"u8.ToArray();
    private static readonly byte[] UriSeparators = "\n\r,"u8.ToArray();

    private readonly int[] indexes;
    private readonly JsonEncodedText[] names;
    private readonly byte[]?[] separators;
    private readonly ArrayBufferWriter<byte> buffer = new(4096);
    private readonly Utf8JsonWriter writer;

    public GenericColumns(Table table, ICollection<string> mapped)
    {
        var headers = table.Headers;
        indexes = [.. Enumerable.Range(0, headers.Count).Where(i => !mapped.Contains(headers[i]) && headers[i].Length > 0)];
        names = [.. indexes.Select(i => JsonEncodedText.Encode(EscoExtensionNames.Prefix + headers[i]))];
        separators = [.. indexes.Select(i => headers[i] switch
        {
            "altLabels" or "hiddenLabels" => LineSeparators,
            "inScheme" => UriSeparators,
            _ => null,
        })];
        writer = new Utf8JsonWriter(buffer);
    }

    /// <summary>Appends the non-empty generic fields of the current record to <paramref name="store"/> as a JSON object
    /// (<c>{}</c> when none, or after reporting a field that is not valid UTF-8) and gives where it is.</summary>
    public ColumnsSlice Read(CsvTable table, PooledBuffer store)
    {
        ReadOnlySpan<byte> json;
        try
        {
            json = Write(table);
        }
        catch (ArgumentException)
        {
            table.Error(ProblemMessage.Of("Esco.NotUtf8"));
            json = "{}"u8;
        }

        var slice = new ColumnsSlice(store.WrittenCount, json.Length);
        store.Write(json);
        return slice;
    }

    private ReadOnlySpan<byte> Write(CsvTable table)
    {
        buffer.ResetWrittenCount();
        writer.Reset(buffer);
        writer.WriteStartObject();
        for (var i = 0; i < indexes.Length; i++)
        {
            var value = table.GetUtf8(indexes[i]);
            if (value.IsEmpty)
            {
                continue;
            }

            if (separators[i] is not { } separator)
            {
                writer.WriteString(names[i], value);
                continue;
            }

            writer.WriteStartArray(names[i]);
            while (!value.IsEmpty)
            {
                var end = value.IndexOfAny(separator);
                var item = (end < 0 ? value : value[..end]).Trim(" \t"u8);
                if (!item.IsEmpty)
                {
                    writer.WriteStringValue(item);
                }

                value = end < 0 ? [] : value[(end + 1)..];
            }

            writer.WriteEndArray();
        }

        writer.WriteEndObject();
        writer.Flush();
        return buffer.WrittenSpan;
    }

    public void Dispose() => writer.Dispose();
}

/// <summary>Where the generic columns of one row are in the pillar's buffer.</summary>
internal readonly record struct ColumnsSlice(int Offset, int Length)
{
    public ReadOnlySpan<byte> Of(PooledBuffer store) => store.WrittenSpan.Slice(Offset, Length);
}
