using System.Globalization;
using ExcelDataReader;
using RoleModel.Validation;

namespace RoleModel.Interop.Tables;

/// <summary>
/// The first worksheet of an Excel (.xlsx) file, read forward-only with ExcelDataReader; the first row is the
/// header. Numbers are given in their shortest round-trip form (<c>8823</c>, <c>4.12</c>), as in a text export.
/// </summary>
internal sealed class XlsxTable : Table
{
    private readonly Stream stream;
    private readonly IExcelDataReader? reader;
    private long row;

    static XlsxTable() =>
        // ExcelDataReader 3.6's configuration defaults to code page 1252 even for .xlsx; the provider is part
        // of .NET and only adds encodings, so registering it (idempotent) changes nothing else.
        System.Text.Encoding.RegisterProvider(System.Text.CodePagesEncodingProvider.Instance);

    public XlsxTable(string path, ImportLog log, IProgress<ImportProgress>? progress, CancellationToken cancellationToken)
        : base(path, log, progress, cancellationToken)
    {
        stream = File.OpenRead(path);
        try
        {
            reader = ExcelReaderFactory.CreateOpenXmlReader(stream);
        }
        catch (Exception e) when (IsReadFailure(e) || e is ExcelDataReader.Exceptions.ExcelReaderException)
        {
            Log.Error(FileName, null, ProblemMessage.Of("Table.NotExcel", e.Message));
            Failed = true;
            return;
        }

        ReadHeader(() =>
        {
            if (!reader.Read())
            {
                throw new InvalidDataException("The first worksheet is empty.");
            }

            row = 1;
            return [.. Enumerable.Range(0, reader.FieldCount).Select(i => Format(reader.GetValue(i)).Trim())];
        });
    }

    public override string Get(int column) =>
        column < reader!.FieldCount ? Format(reader.GetValue(column)) : string.Empty;

    protected override bool ReadRecord()
    {
        while (reader!.Read())
        {
            Line = ++row;
            if (!IsBlankRow())
            {
                return true;
            }
        }

        return false;
    }

    protected override bool IsReadFailure(Exception e) => e is ExcelDataReader.Exceptions.ExcelReaderException || base.IsReadFailure(e);

    protected override void Dispose(bool disposing)
    {
        reader?.Dispose();
        stream.Dispose();
    }

    private bool IsBlankRow()
    {
        for (var i = 0; i < reader!.FieldCount; i++)
        {
            if (reader.GetValue(i) is not null and not "")
            {
                return false;
            }
        }

        return true;
    }

    private static string Format(object? value) => value switch
    {
        null => string.Empty,
        string text => text,
        double number => number.ToString("R", CultureInfo.InvariantCulture),
        DateTime date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? string.Empty,
    };
}
