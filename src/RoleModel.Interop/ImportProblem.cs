using System.Globalization;
using RoleModel.Validation;

namespace RoleModel.Interop;

/// <summary>
/// One problem found while importing a published catalogue: which file, which line, how bad, and a plain
/// message. Immutable.
/// </summary>
/// <remarks>
/// <para>An <see cref="ProblemSeverity.Error"/> means the import produced no catalogue (a missing file or
/// column, a bad row); a <see cref="ProblemSeverity.Warning"/> means one entry or link was left out and the
/// rest was imported (such as a relation that names an unknown concept).</para>
/// <para>Equality: all members equal.</para>
/// </remarks>
public sealed class ImportProblem : IEquatable<ImportProblem>
{
    private readonly ProblemMessage text;

    /// <summary>Creates a problem.</summary>
    /// <param name="severity">The severity.</param>
    /// <param name="file">The file name (without its folder), such as <c>skills_en.csv</c>.</param>
    /// <param name="line">The 1-based line where the offending record starts, or null when the problem concerns the whole file.</param>
    /// <param name="message">A plain, one-sentence message.</param>
    /// <exception cref="ArgumentNullException"><paramref name="file"/> or <paramref name="message"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="file"/> or <paramref name="message"/> is blank, or the severity is undefined.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="line"/> is below 1.</exception>
    public ImportProblem(ProblemSeverity severity, string file, long? line, string message)
        : this(severity, file, line, (ProblemMessage)(message ?? throw new ArgumentNullException(nameof(message))))
    {
    }

    /// <summary>Creates a problem whose message may have a template with translations.</summary>
    internal ImportProblem(ProblemSeverity severity, string file, long? line, ProblemMessage message)
    {
        if (!Enum.IsDefined(severity))
        {
            throw new ArgumentException("The severity must be one of the values defined by ProblemSeverity.", nameof(severity));
        }

        ArgumentException.ThrowIfNullOrWhiteSpace(file);
        ArgumentNullException.ThrowIfNull(message);
        ArgumentException.ThrowIfNullOrWhiteSpace(message.English, nameof(message));
        if (line < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(line), line, "Line numbers start at 1.");
        }

        Severity = severity;
        File = file;
        Line = line;
        text = message;
    }

    /// <summary>The severity.</summary>
    public ProblemSeverity Severity { get; }

    /// <summary>The file name, without its folder.</summary>
    public string File { get; }

    /// <summary>The 1-based line where the offending record starts, or null for the whole file.</summary>
    public long? Line { get; }

    /// <summary>The plain message, in English.</summary>
    public string Message => text.English;

    /// <summary>
    /// The key of the message's template in the importers' resources (<c>ImportMessages.resx</c>), such as
    /// <c>Table.MissingColumn</c>; null for a message that has no template and reads the same in every language
    /// (such as one made with the public constructor).
    /// </summary>
    /// <remarks>The importers' templates are in English and German (<c>de</c>); a message a template covers can be read in either with <see cref="MessageIn"/>.</remarks>
    public string? MessageKey => text.Key;

    /// <summary>
    /// The message in a language, for people who read another one than English: "Die Pflichtspalte 'conceptUri' fehlt
    /// in der Kopfzeile." for <c>de</c> (and <c>de-AT</c>, <c>de-CH</c> …). File names, column names, identifiers and
    /// JSON paths stay as they are, and so does the text of an error reported by a file reader underneath. A language
    /// the library has no translation for, and a message without a template (<see cref="MessageKey"/> null), give
    /// <see cref="Message"/>.
    /// </summary>
    /// <param name="culture">The reader's language, such as <c>CultureInfo.GetCultureInfo("de-DE")</c>.</param>
    /// <returns>The message.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="culture"/> is null.</exception>
    public string MessageIn(CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(culture);
        return text.In(culture);
    }

    /// <summary>The problem as <c>file(line): error: message</c>, without the line when unknown.</summary>
    /// <returns>The problem as text.</returns>
    public override string ToString()
    {
        var severity = Severity == ProblemSeverity.Error ? "error" : "warning";
        return Line is { } line
            ? string.Create(CultureInfo.InvariantCulture, $"{File}({line}): {severity}: {Message}")
            : $"{File}: {severity}: {Message}";
    }

    /// <inheritdoc />
    public bool Equals(ImportProblem? other) =>
        other is not null
        && Severity == other.Severity
        && string.Equals(File, other.File, StringComparison.Ordinal)
        && Line == other.Line
        && string.Equals(Message, other.Message, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as ImportProblem);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Severity, File, Line, Message);
}
