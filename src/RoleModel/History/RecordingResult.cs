using RoleModel.Validation;

namespace RoleModel.History;

/// <summary>
/// The outcome of <see cref="Catalogue.Record(string, IEnumerable{RoleChange})"/>: the catalogue with the changes recorded,
/// or the problems that refused them. Immutable.
/// </summary>
/// <remarks>Equality: the same outcome, catalogue and report.</remarks>
public sealed class RecordingResult : IEquatable<RecordingResult>
{
    private RecordingResult(bool isRecorded, Catalogue catalogue, ValidationReport report)
    {
        IsRecorded = isRecorded;
        Catalogue = catalogue;
        Report = report;
    }

    /// <summary>Whether the changes were recorded: the catalogue with them has no error.</summary>
    public bool IsRecorded { get; }

    /// <summary>The catalogue with the changes recorded; when refused, the catalogue as it was, unchanged.</summary>
    public Catalogue Catalogue { get; }

    /// <summary>
    /// The problems of the catalogue with the changes, each located by its JSONPath in the document as it would be written
    /// (a change's at <c>$.histories[i].changes[j]</c>); its errors refused the changes, warnings do not.
    /// </summary>
    public ValidationReport Report { get; }

    internal static RecordingResult Recorded(Catalogue catalogue, ValidationReport report) => new(true, catalogue, report);

    internal static RecordingResult Refused(Catalogue catalogue, ValidationReport report) => new(false, catalogue, report);

    /// <inheritdoc />
    public bool Equals(RecordingResult? other) =>
        other is not null && IsRecorded == other.IsRecorded && Catalogue.Equals(other.Catalogue) && Report.Equals(other.Report);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as RecordingResult);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(IsRecorded, Catalogue, Report.Problems.Length);

    /// <inheritdoc />
    public override string ToString() => IsRecorded ? "recorded" : $"refused: {Report.Errors.Count()} errors";
}
