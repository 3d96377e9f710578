using System.Buffers;
using System.Text;
using System.Text.Json;
using RoleModel.Serialization.Wire;
using RoleModel.Validation;

namespace RoleModel.Serialization;

/// <summary>
/// Reads and writes RoleModel JSON documents (format version <see cref="SchemaVersion"/>, described in
/// <c>docs/format.md</c> and by the JSON Schema from <see cref="GetSchema"/>).
/// </summary>
/// <remarks>
/// <para>Reading is strict and never throws for bad input: syntax errors, duplicate members, wrong types,
/// unknown enumeration values, malformed dates, a missing or unsupported <c>schemaVersion</c>, nesting deeper
/// than 64 levels and every rule of the domain model are reported as problems with a JSON path, line and
/// column. Members the format does not define are kept in the <c>Extensions</c> of the object that carried
/// them and written back after the known members.</para>
/// <para>Writing is deterministic: the same catalogue always gives the same bytes (UTF-8, no byte order mark).
/// Empty arrays, empty optional texts and members at their defaults are left out.</para>
/// <para>All members are thread-safe.</para>
/// </remarks>
public static class RoleModelJson
{
    /// <summary>The format version this library writes: <c>1.0</c>. It reads every 1.x version.</summary>
    public static string SchemaVersion => FormatVersion.Current;

    /// <summary>Reads a document from UTF-8 bytes.</summary>
    /// <param name="utf8Json">The document, UTF-8, with or without a byte order mark.</param>
    /// <returns>The catalogue, if it could be read, and every problem found.</returns>
    public static JsonReadResult Read(ReadOnlySpan<byte> utf8Json) => Reading.CatalogueReader.Read(utf8Json);

    /// <summary>Reads a document from UTF-8 bytes.</summary>
    /// <param name="utf8Json">The document, UTF-8, with or without a byte order mark.</param>
    /// <returns>The catalogue, if it could be read, and every problem found.</returns>
    public static JsonReadResult Read(ReadOnlyMemory<byte> utf8Json) => Reading.CatalogueReader.Read(utf8Json.Span);

    /// <summary>Reads a document from a string.</summary>
    /// <param name="json">The document.</param>
    /// <returns>The catalogue, if it could be read, and every problem found.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    public static JsonReadResult Read(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        var buffer = ArrayPool<byte>.Shared.Rent(Encoding.UTF8.GetMaxByteCount(json.Length));
        try
        {
            var length = Encoding.UTF8.GetBytes(json, buffer);
            return Reading.CatalogueReader.Read(buffer.AsSpan(0, length));
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>Reads a document from a stream, to its end, refusing one longer than <see cref="JsonReadOptions.DefaultMaximumBytes"/> (512 MiB).</summary>
    /// <param name="utf8Json">The stream, UTF-8, with or without a byte order mark; it is not closed.</param>
    /// <returns>The catalogue, if it could be read, and every problem found; a stream above the limit is one problem, <see cref="ProblemCodes.DocumentTooLarge"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is null.</exception>
    /// <exception cref="IOException">The stream cannot be read.</exception>
    public static JsonReadResult Read(Stream utf8Json) => Read(utf8Json, JsonReadOptions.Default);

    /// <summary>Reads a document from a stream, to its end, within the size limit of <paramref name="options"/>.</summary>
    /// <param name="utf8Json">The stream, UTF-8, with or without a byte order mark; it is not closed.</param>
    /// <param name="options">The size limit. A stream that tells its length (a file) is refused before reading when it is longer; any other stream is read in chunks and refused as soon as it passes the limit.</param>
    /// <returns>The catalogue, if it could be read, and every problem found; a stream above the limit is one problem, <see cref="ProblemCodes.DocumentTooLarge"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> or <paramref name="options"/> is null.</exception>
    /// <exception cref="IOException">The stream cannot be read.</exception>
    public static JsonReadResult Read(Stream utf8Json, JsonReadOptions options)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        ArgumentNullException.ThrowIfNull(options);
        using var input = StreamInput.Read(utf8Json, options.MaximumBytes);
        return Result(input, options);
    }

    /// <summary>Reads a document from a stream, to its end, without blocking, refusing one longer than <see cref="JsonReadOptions.DefaultMaximumBytes"/> (512 MiB).</summary>
    /// <param name="utf8Json">The stream, UTF-8, with or without a byte order mark; it is not closed.</param>
    /// <param name="cancellationToken">Cancels reading the stream.</param>
    /// <returns>The catalogue, if it could be read, and every problem found; a stream above the limit is one problem, <see cref="ProblemCodes.DocumentTooLarge"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is null.</exception>
    /// <exception cref="IOException">The stream cannot be read.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public static Task<JsonReadResult> ReadAsync(Stream utf8Json, CancellationToken cancellationToken = default) =>
        ReadAsync(utf8Json, JsonReadOptions.Default, cancellationToken);

    /// <summary>Reads a document from a stream, to its end, without blocking, within the size limit of <paramref name="options"/>.</summary>
    /// <param name="utf8Json">The stream, UTF-8, with or without a byte order mark; it is not closed.</param>
    /// <param name="options">The size limit. A stream that tells its length (a file) is refused before reading when it is longer; any other stream is read in chunks and refused as soon as it passes the limit.</param>
    /// <param name="cancellationToken">Cancels reading the stream.</param>
    /// <returns>The catalogue, if it could be read, and every problem found; a stream above the limit is one problem, <see cref="ProblemCodes.DocumentTooLarge"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> or <paramref name="options"/> is null.</exception>
    /// <exception cref="IOException">The stream cannot be read.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public static async Task<JsonReadResult> ReadAsync(Stream utf8Json, JsonReadOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        ArgumentNullException.ThrowIfNull(options);
        using var input = await StreamInput.ReadAsync(utf8Json, options.MaximumBytes, cancellationToken).ConfigureAwait(false);
        return Result(input, options);
    }

    /// <summary>Writes a catalogue as a document to a stream.</summary>
    /// <param name="catalogue">The catalogue; it is written as it is, valid or not.</param>
    /// <param name="utf8Json">The stream to write UTF-8 to; it is not closed.</param>
    /// <param name="indented">Whether to indent with two spaces (the default) or write compactly.</param>
    /// <exception cref="ArgumentException">An object's unknown members (<c>Extensions</c>) use the name of a member the format defines on that object, or a role history does not start from the catalogue's role of that identifier (JSON names the baseline by its identifier only).</exception>
    /// <exception cref="ArgumentNullException"><paramref name="catalogue"/> or <paramref name="utf8Json"/> is null.</exception>
    /// <exception cref="IOException">The stream cannot be written.</exception>
    public static void Write(Catalogue catalogue, Stream utf8Json, bool indented = true)
    {
        ArgumentNullException.ThrowIfNull(catalogue);
        ArgumentNullException.ThrowIfNull(utf8Json);
        JsonSerializer.Serialize(utf8Json, DomainToWire.Map(catalogue), TypeInfo(indented));
    }

    /// <summary>Writes a catalogue as a document to a stream without blocking.</summary>
    /// <param name="catalogue">The catalogue; it is written as it is, valid or not.</param>
    /// <param name="utf8Json">The stream to write UTF-8 to; it is not closed.</param>
    /// <param name="indented">Whether to indent with two spaces (the default) or write compactly.</param>
    /// <param name="cancellationToken">Cancels writing.</param>
    /// <returns>A task that completes when the document is written.</returns>
    /// <exception cref="ArgumentException">An object's unknown members (<c>Extensions</c>) use the name of a member the format defines on that object, or a role history does not start from the catalogue's role of that identifier (JSON names the baseline by its identifier only).</exception>
    /// <exception cref="ArgumentNullException"><paramref name="catalogue"/> or <paramref name="utf8Json"/> is null.</exception>
    /// <exception cref="IOException">The stream cannot be written.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public static Task WriteAsync(Catalogue catalogue, Stream utf8Json, bool indented = true, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(catalogue);
        ArgumentNullException.ThrowIfNull(utf8Json);
        return JsonSerializer.SerializeAsync(utf8Json, DomainToWire.Map(catalogue), TypeInfo(indented), cancellationToken);
    }

    /// <summary>Writes a catalogue as a document in UTF-8 bytes.</summary>
    /// <param name="catalogue">The catalogue; it is written as it is, valid or not.</param>
    /// <param name="indented">Whether to indent with two spaces (the default) or write compactly.</param>
    /// <returns>The document.</returns>
    /// <exception cref="ArgumentException">An object's unknown members (<c>Extensions</c>) use the name of a member the format defines on that object, or a role history does not start from the catalogue's role of that identifier (JSON names the baseline by its identifier only).</exception>
    /// <exception cref="ArgumentNullException"><paramref name="catalogue"/> is null.</exception>
    public static byte[] WriteToUtf8Bytes(Catalogue catalogue, bool indented = true)
    {
        ArgumentNullException.ThrowIfNull(catalogue);
        return JsonSerializer.SerializeToUtf8Bytes(DomainToWire.Map(catalogue), TypeInfo(indented));
    }

    /// <summary>Writes a catalogue as a document in a string.</summary>
    /// <param name="catalogue">The catalogue; it is written as it is, valid or not.</param>
    /// <param name="indented">Whether to indent with two spaces (the default) or write compactly.</param>
    /// <returns>The document.</returns>
    /// <exception cref="ArgumentException">An object's unknown members (<c>Extensions</c>) use the name of a member the format defines on that object, or a role history does not start from the catalogue's role of that identifier (JSON names the baseline by its identifier only).</exception>
    /// <exception cref="ArgumentNullException"><paramref name="catalogue"/> is null.</exception>
    public static string WriteToString(Catalogue catalogue, bool indented = true)
    {
        ArgumentNullException.ThrowIfNull(catalogue);
        return JsonSerializer.Serialize(DomainToWire.Map(catalogue), TypeInfo(indented));
    }

    /// <summary>The JSON Schema (draft 2020-12) of format version <see cref="SchemaVersion"/>, as shipped in the package.</summary>
    /// <returns>The schema text.</returns>
    public static string GetSchema() => SchemaResource.Text;

    private static JsonReadResult Result(StreamInput input, JsonReadOptions options) =>
        input.TooLarge ? TooLarge(options) : Reading.CatalogueReader.Read(input.Span);

    /// <summary>The result for a stream refused because it is longer than the limit of <paramref name="options"/>.</summary>
    internal static JsonReadResult TooLarge(JsonReadOptions options) =>
        new(null, new ValidationReport([new ValidationProblem(ProblemCodes.DocumentTooLarge, ProblemSeverity.Error, "$",
            ProblemMessage.Of("Document.TooLarge", options.MaximumBytes), 1, 1)]));

    private static System.Text.Json.Serialization.Metadata.JsonTypeInfo<CatalogueDto> TypeInfo(bool indented) =>
        indented ? WireFormats.Indented : WireFormats.Compact;
}
