using RoleModel.Validation;

namespace RoleModel.Interop.Tables;

/// <summary>
/// One table of a release (a CSV or TSV file, or the first worksheet of an Excel file), read record by record
/// with the line each record starts on; checks the header for required columns and turns read failures and
/// progress into reports.
/// </summary>
internal abstract class Table : IDisposable
{
    private const int ProgressInterval = 16_384;

    private readonly IProgress<ImportProgress>? progress;
    private readonly CancellationToken cancellationToken;
    private readonly Dictionary<string, int> indexByName = new(StringComparer.Ordinal);
    private IReadOnlyList<string> headers = [];

    protected Table(string path, ImportLog log, IProgress<ImportProgress>? progress, CancellationToken cancellationToken)
    {
        FileName = Path.GetFileName(path);
        Log = log;
        this.progress = progress;
        this.cancellationToken = cancellationToken;
    }

    /// <summary>The file name, without its folder.</summary>
    public string FileName { get; }

    /// <summary>The 1-based line (or worksheet row) where the current record starts.</summary>
    public long Line { get; protected set; }

    /// <summary>The records read so far.</summary>
    public long RowsRead { get; private set; }

    /// <summary>Whether reading failed (the failure has been reported).</summary>
    public bool Failed { get; protected set; }

    /// <summary>The header names, in file order.</summary>
    public IReadOnlyList<string> Headers => headers;

    protected ImportLog Log { get; }

    /// <summary>The index of a column, or -1.</summary>
    public int IndexOf(string column) => indexByName.GetValueOrDefault(column, -1);

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
                Log.Error(FileName, 1, ProblemMessage.Of("Table.MissingColumn", columns[i]));
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
            if (!ReadRecord())
            {
                progress?.Report(new(FileName, RowsRead, RowsRead));
                return false;
            }
        }
        catch (Exception e) when (IsReadFailure(e))
        {
            Log.Error(FileName, Line > 0 ? Line + 1 : null, ProblemMessage.Of("Table.Unreadable", e.Message));
            Failed = true;
            return false;
        }

        if (++RowsRead % ProgressInterval == 0)
        {
            cancellationToken.ThrowIfCancellationRequested();
            progress?.Report(new(FileName, RowsRead, null));
        }

        return true;
    }

    /// <summary>A field of the current record as a string (empty when missing).</summary>
    public abstract string Get(int column);

    /// <summary>Whether a field of the current record is empty.</summary>
    public virtual bool IsEmpty(int column) => Get(column).Length == 0;

    /// <summary>Reports an error on the current record.</summary>
    public void Error(ProblemMessage message) => Log.Error(FileName, Line, message);

    /// <summary>Reports a warning on the current record.</summary>
    public void Warning(ProblemMessage message) => Log.Warning(FileName, Line, message);

    public void Dispose()
    {
        Dispose(true);
        GC.SuppressFinalize(this);
    }

    protected abstract void Dispose(bool disposing);

    /// <summary>Reads the next record and sets <see cref="Line"/>; false at the end.</summary>
    protected abstract bool ReadRecord();

    /// <summary>Reads the header with <paramref name="read"/>, reporting a failure.</summary>
    protected void ReadHeader(Func<IReadOnlyList<string>> read)
    {
        try
        {
            headers = read();
            for (var i = 0; i < headers.Count; i++)
            {
                indexByName.TryAdd(headers[i], i);
            }
        }
        catch (Exception e) when (IsReadFailure(e))
        {
            Log.Error(FileName, 1, ProblemMessage.Of("Table.HeaderUnreadable", e.Message));
            Failed = true;
        }
    }

    /// <summary>Whether an exception means the input could not be read (rather than a bug).</summary>
    protected virtual bool IsReadFailure(Exception e) =>
        e is FormatException or InvalidDataException or IOException or InvalidOperationException
            or System.Text.DecoderFallbackException or System.Xml.XmlException;
}
