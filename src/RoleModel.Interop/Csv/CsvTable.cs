using System.IO.Compression;
using CsvHelper;

namespace RoleModel.Interop.Csv;

/// <summary>
/// One delimited file of a release, read record by record with the line each record starts on. Opens
/// <c>name</c>, <c>name.gz</c> (gzip) or the first of several alternative names, checks the header for the
/// columns the caller needs, and turns malformed records, read failures and progress into reports.
/// </summary>
internal sealed class CsvTable : IDisposable
{
    private const int ProgressInterval = 16_384;

    private readonly CsvReader reader;
    private readonly ImportLog log;
    private readonly IProgress<ImportProgress>? progress;
    private readonly CancellationToken cancellationToken;
    private readonly Dictionary<string, int> indexByName = new(StringComparer.Ordinal);

    private CsvTable(string path, char separator, ImportLog log, IProgress<ImportProgress>? progress, CancellationToken cancellationToken)
    {
        FileName = Path.GetFileName(path);
        this.log = log;
        this.progress = progress;
        this.cancellationToken = cancellationToken;
        Stream stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
        if (path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase))
        {
            stream = new GZipStream(stream, CompressionMode.Decompress);
        }

        var options = new CsvReaderOptions
        {
            Separator = separator,
            TrackLineNumbers = true,
            SkipEmptyLines = true,
            MalformedData = CsvMalformedDataHandling.Skip,
            FieldCountMismatch = CsvFieldCountHandling.Skip,
            OnMalformedRecord = record =>
                log.Error(FileName, record.LineNumber > 0 ? record.LineNumber : null, $"The record is malformed ({Describe(record.Reason)}) and was not read."),
        };
        reader = CsvReader.Create(stream, options, false);
        try
        {
            var headers = reader.Headers;
            for (var i = 0; i < headers.Count; i++)
            {
                indexByName.TryAdd(headers[i], i);
            }
        }
        catch (Exception e) when (IsReadFailure(e))
        {
            log.Error(FileName, 1, $"The header could not be read: {e.Message}");
            Failed = true;
        }
    }

    /// <summary>The file name, without its folder.</summary>
    public string FileName { get; }

    /// <summary>The 1-based line where the current record starts.</summary>
    public long Line { get; private set; }

    /// <summary>The records read so far.</summary>
    public long RowsRead { get; private set; }

    /// <summary>Whether reading failed (the failure has been reported).</summary>
    public bool Failed { get; private set; }

    /// <summary>Opens the first existing file among the names (each also tried with <c>.gz</c>), or reports it missing.</summary>
    public static CsvTable? Open(
        string directory, IReadOnlyList<string> names, bool required, ImportLog log,
        IProgress<ImportProgress>? progress, CancellationToken cancellationToken, char separator = ',')
    {
        foreach (var name in names)
        {
            foreach (var candidate in new[] { name, name + ".gz" })
            {
                var path = Path.Combine(directory, candidate);
                if (File.Exists(path))
                {
                    return new CsvTable(path, separator, log, progress, cancellationToken);
                }
            }
        }

        if (required)
        {
            log.Error(names[0], null, $"The file is missing from '{directory}' (also looked for {string.Join(", ", names.Select(n => n + "[.gz]"))}).");
        }

        return null;
    }

    /// <summary>The index of a column, or -1.</summary>
    public int IndexOf(string column) => indexByName.GetValueOrDefault(column, -1);

    /// <summary>The header names, in file order.</summary>
    public IReadOnlyList<string> Headers => Failed ? [] : reader.Headers;

    /// <summary>The indexes of the required columns, or null after reporting each one that is missing.</summary>
    public int[]? RequireColumns(params string[] columns)
    {
        if (Failed)
        {
            return null;
        }

        var indexes = new int[columns.Length];
        var ok = true;
        for (var i = 0; i < columns.Length; i++)
        {
            indexes[i] = IndexOf(columns[i]);
            if (indexes[i] < 0)
            {
                log.Error(FileName, 1, $"The required column '{columns[i]}' is missing from the header.");
                ok = false;
            }
        }

        Failed |= !ok;
        return ok ? indexes : null;
    }

    /// <summary>Advances to the next well-formed record; false at the end or after a reported read failure.</summary>
    public bool Read()
    {
        if (Failed)
        {
            return false;
        }

        try
        {
            if (!reader.Read())
            {
                progress?.Report(new(FileName, RowsRead, RowsRead));
                return false;
            }
        }
        catch (Exception e) when (IsReadFailure(e))
        {
            log.Error(FileName, Line > 0 ? Line + 1 : null, $"The file could not be read past this point: {e.Message}");
            Failed = true;
            return false;
        }

        Line = reader.LineNumber;
        if (++RowsRead % ProgressInterval == 0)
        {
            cancellationToken.ThrowIfCancellationRequested();
            progress?.Report(new(FileName, RowsRead, null));
        }

        return true;
    }

    /// <summary>A field of the current record as a string (empty when missing).</summary>
    public string Get(int column) => reader.GetString(column);

    /// <summary>Whether a field of the current record is empty.</summary>
    public bool IsEmpty(int column) => reader.IsEmpty(column);

    /// <summary>A field of the current record as UTF-8 bytes, valid until the next read.</summary>
    public ReadOnlySpan<byte> GetUtf8(int column) => reader.GetSpan(column);

    /// <summary>Reports an error on the current record.</summary>
    public void Error(string message) => log.Error(FileName, Line, message);

    /// <summary>Reports a warning on the current record.</summary>
    public void Warning(string message) => log.Warning(FileName, Line, message);

    public void Dispose() => reader.Dispose();

    private static bool IsReadFailure(Exception e) =>
        e is CsvFormatException or InvalidDataException or IOException or System.Text.DecoderFallbackException;

    private static string Describe(CsvMalformedReason reason) => reason switch
    {
        CsvMalformedReason.StrayQuote => "a quote inside an unquoted field",
        CsvMalformedReason.TextAfterClosingQuote => "text after a closing quote",
        CsvMalformedReason.UnterminatedQuote => "a quoted field that is never closed",
        CsvMalformedReason.LineBreakInQuotes => "a line break inside quotes",
        CsvMalformedReason.FieldCountMismatch => "its field count differs from the header's",
        _ => reason.ToString(),
    };
}
