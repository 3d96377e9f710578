using System.IO.Compression;
using CsvHelper;
using RoleModel.Validation;

namespace RoleModel.Interop.Tables;

/// <summary>A delimited text file (<c>.csv</c>, <c>.tsv</c>, optionally gzipped) read with CsvHelper.</summary>
internal sealed class CsvTable : Table
{
    private readonly CsvReader reader;

    private CsvTable(string path, char separator, ImportLog log, IProgress<ImportProgress>? progress, CancellationToken cancellationToken)
        : base(path, log, progress, cancellationToken)
    {
        Stream stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
        if (path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase))
        {
            stream = new GZipStream(stream, CompressionMode.Decompress);
        }

        var options = new CsvReaderOptions
        {
            Separator = separator,
            // Tab-separated exports (O*NET) do not quote: a quote is text there.
            Mode = separator == '\t' ? CsvMode.NoEscape : CsvMode.Rfc4180,
            TrackLineNumbers = true,
            SkipEmptyLines = true,
            MalformedData = CsvMalformedDataHandling.Skip,
            FieldCountMismatch = CsvFieldCountHandling.Skip,
            OnMalformedRecord = record =>
                log.Error(FileName, record.LineNumber > 0 ? record.LineNumber : null, ProblemMessage.Of("Csv.Malformed", Describe(record.Reason))),
        };
        reader = CsvReader.Create(stream, options, false);
        ReadHeader(() => reader.Headers);
    }

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
            log.Error(names[0], null, ProblemMessage.Of("Csv.MissingFile", directory, string.Join(", ", names.Select(n => n + "[.gz]"))));
        }

        return null;
    }

    public override string Get(int column) => reader.GetString(column);

    public override bool IsEmpty(int column) => reader.IsEmpty(column);

    /// <summary>
    /// A field of the current record as UTF-8 bytes, valid until the next read, when they are valid UTF-8 and
    /// neither start nor end with a blank (so that trimming the text would change nothing); false otherwise.
    /// </summary>
    public bool TryGetUntrimmedUtf8(int column, out ReadOnlySpan<byte> utf8)
    {
        utf8 = reader.GetSpan(column);
        return utf8.IsEmpty || (IsAsciiNonBlank(utf8[0]) && IsAsciiNonBlank(utf8[^1]) && System.Text.Unicode.Utf8.IsValid(utf8));
    }

    /// <summary>A field of the current record as UTF-8 bytes, valid until the next read.</summary>
    public ReadOnlySpan<byte> GetUtf8(int column) => reader.GetSpan(column);

    protected override bool ReadRecord()
    {
        if (!reader.Read())
        {
            return false;
        }

        Line = reader.LineNumber;
        return true;
    }

    protected override void Dispose(bool disposing) => reader.Dispose();

    protected override bool IsReadFailure(Exception e) => e is CsvFormatException || base.IsReadFailure(e);

    private static bool IsAsciiNonBlank(byte value) => value is > (byte)' ' and < 0x7F;

    private static ProblemMessage Describe(CsvMalformedReason reason) => reason switch
    {
        CsvMalformedReason.StrayQuote => ProblemMessage.Of("Csv.StrayQuote"),
        CsvMalformedReason.TextAfterClosingQuote => ProblemMessage.Of("Csv.TextAfterClosingQuote"),
        CsvMalformedReason.UnterminatedQuote => ProblemMessage.Of("Csv.UnterminatedQuote"),
        CsvMalformedReason.LineBreakInQuotes => ProblemMessage.Of("Csv.LineBreakInQuotes"),
        CsvMalformedReason.FieldCountMismatch => ProblemMessage.Of("Csv.FieldCountMismatch"),
        _ => reason.ToString(),
    };
}
