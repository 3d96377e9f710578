using System.Globalization;

namespace RoleModel.Validation;

/// <summary>
/// One problem found in a catalogue or document: a stable code, a severity, where it is and a plain
/// message. Immutable.
/// </summary>
/// <remarks>
/// <para>The path is a JSONPath into the document, such as <c>$.roles[2].requirements[0].level</c>; the
/// domain model and the JSON format use the same paths. Line and column (1-based) are known only for
/// problems found in a document's text.</para>
/// <para>Equality: all members equal.</para>
/// </remarks>
public sealed class ValidationProblem : IEquatable<ValidationProblem>
{
    /// <summary>Creates a problem.</summary>
    /// <param name="code">The stable code, one of <see cref="ProblemCodes"/>.</param>
    /// <param name="severity">The severity.</param>
    /// <param name="path">The JSONPath of the offending value, starting with <c>$</c>.</param>
    /// <param name="message">A plain, one-sentence message. A value quoted in it (between apostrophes) longer than 120 characters is cut to its first 80 with a marker such as <c>…[199,999,920 more characters]</c>, a message still longer than 2,000 characters to its first 1,000, and control, line-break and bidirectional formatting characters are escaped (<c>\n</c>, <c>\u001B</c>, <c>\u202E</c>), so that a message is one safe line.</param>
    /// <param name="line">The 1-based line in the document text, or null.</param>
    /// <param name="column">The 1-based column in the document text, or null.</param>
    /// <exception cref="ArgumentNullException">A string is null.</exception>
    /// <exception cref="ArgumentException">A string is blank, the path does not start with <c>$</c>, or only one of line and column is given.</exception>
    /// <exception cref="ArgumentOutOfRangeException">Line or column is below 1, or the severity is undefined.</exception>
    public ValidationProblem(string code, ProblemSeverity severity, string path, string message, int? line = null, int? column = null)
        : this(code, severity, path, (ProblemMessage)Preconditions.CheckIdentifier(message), line, column)
    {
    }

    /// <summary>Creates a problem whose message has a template, so that it can be read in other languages.</summary>
    internal ValidationProblem(string code, ProblemSeverity severity, string path, ProblemMessage message, int? line = null, int? column = null)
    {
        Code = Preconditions.CheckIdentifier(code);
        Severity = Preconditions.CheckDefined(severity);
        Path = Preconditions.CheckIdentifier(path);
        if (path[0] != '$')
        {
            throw new ArgumentException("A problem path must be a JSONPath starting with '$'.", nameof(path));
        }

        text = message;
        Message = MessageText.Bound(Preconditions.CheckIdentifier(message.English, nameof(message)));
        if (line < 1 || column < 1)
        {
            throw new ArgumentOutOfRangeException(line < 1 ? nameof(line) : nameof(column), "Line and column numbers start at 1.");
        }

        if (line.HasValue != column.HasValue)
        {
            throw new ArgumentException("A problem must have both a line and a column, or neither.", line.HasValue ? nameof(column) : nameof(line));
        }

        Line = line;
        Column = column;
    }

    /// <summary>A copy at a position; the message is not bounded again.</summary>
    private ValidationProblem(ValidationProblem problem, int line, int column)
    {
        if (line < 1 || column < 1)
        {
            throw new ArgumentOutOfRangeException(line < 1 ? nameof(line) : nameof(column), "Line and column numbers start at 1.");
        }

        (Code, Severity, Path, Message, text, Line, Column) = (problem.Code, problem.Severity, problem.Path, problem.Message, problem.text, line, column);
    }

    private readonly ProblemMessage text;

    /// <summary>The stable code, one of <see cref="ProblemCodes"/>.</summary>
    public string Code { get; }

    /// <summary>The severity.</summary>
    public ProblemSeverity Severity { get; }

    /// <summary>The JSONPath of the offending value.</summary>
    public string Path { get; }

    /// <summary>The plain message, one line, with long quoted values cut (see the constructor).</summary>
    public string Message { get; }

    /// <summary>
    /// The key of the message's template (such as <c>MissingMember</c>), the same in every language; null for a
    /// message that has no template and reads the same in every language.
    /// </summary>
    /// <remarks>The library's templates are in English and German (<c>de</c>); a message a template covers can be read in either with <see cref="MessageIn"/>.</remarks>
    public string? MessageKey => text.Key;

    /// <summary>The 1-based line in the document text, or null.</summary>
    public int? Line { get; }

    /// <summary>The 1-based column in the document text, or null.</summary>
    public int? Column { get; }

    /// <summary>
    /// The message in a language, for people who read another one than English: "Die Pflichtangabe 'schemaVersion' fehlt; …"
    /// for <c>de</c> (and <c>de-AT</c>, <c>de-CH</c> …). Dates are written as in the document (ISO), numbers with the
    /// language's decimal mark. A language the library has no translation for, and a message without a template
    /// (<see cref="MessageKey"/> null), give <see cref="Message"/>. The code and the path stay as they are.
    /// </summary>
    /// <param name="culture">The reader's language, such as <c>CultureInfo.GetCultureInfo("de-DE")</c>.</param>
    /// <returns>The message, one line, bounded like <see cref="Message"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="culture"/> is null.</exception>
    public string MessageIn(CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(culture);
        return text.Key is null ? Message : MessageText.Bound(text.In(culture));
    }

    /// <summary>A copy at another path, with the same message in every language.</summary>
    internal ValidationProblem WithPath(string path) => new(Code, Severity, path, text, Line, Column);

    /// <summary>A copy with the message put into another template (as its last value), such as "From 2024-01-01: …".</summary>
    internal ValidationProblem Within(string key, params object?[] values) =>
        new(Code, Severity, Path, ProblemMessage.Of(key, [.. values, text]), Line, Column);

    /// <summary>A copy located at a line and column of the document text.</summary>
    /// <param name="line">The 1-based line.</param>
    /// <param name="column">The 1-based column.</param>
    /// <returns>The located problem.</returns>
    /// <exception cref="ArgumentOutOfRangeException">Line or column is below 1.</exception>
    public ValidationProblem WithPosition(int line, int column) => new(this, line, column);

    /// <summary>The problem as <c>line:column: error RM101: message (path)</c>, without the position when unknown.</summary>
    /// <returns>The problem as text.</returns>
    public override string ToString()
    {
        var severity = Severity == ProblemSeverity.Error ? "error" : "warning";
        var position = Line is { } l ? string.Create(CultureInfo.InvariantCulture, $"{l}:{Column}: ") : string.Empty;
        return $"{position}{severity} {Code}: {Message} ({Path})";
    }

    /// <inheritdoc />
    public bool Equals(ValidationProblem? other) =>
        other is not null
        && string.Equals(Code, other.Code, StringComparison.Ordinal)
        && Severity == other.Severity
        && string.Equals(Path, other.Path, StringComparison.Ordinal)
        && string.Equals(Message, other.Message, StringComparison.Ordinal)
        && Line == other.Line
        && Column == other.Column;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as ValidationProblem);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Code, Severity, Path, Message, Line, Column);
}
