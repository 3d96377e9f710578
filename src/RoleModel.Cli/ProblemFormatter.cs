using System.Globalization;
using RoleModel.Cli.Localization;
using RoleModel.Validation;

namespace RoleModel.Cli;

/// <summary>Formats problems the way compilers do, so editors and CI logs can jump to them.</summary>
internal static class ProblemFormatter
{
    /// <summary>
    /// <c>file:line:column: severity code: message (path)</c>; line and column 1 when unknown. Always one line:
    /// a line break or control character anywhere (a file name, a member name in the path) is escaped, and long
    /// quoted values are cut the way the library cuts them in messages, so no document can forge a line.
    /// The message is in the wording's language (the library's German for <c>de</c>); the severity word, code and
    /// path stay as they are, as editors and CI logs read them.
    /// </summary>
    public static string Format(string file, ValidationProblem problem, Wording wording) =>
        string.Create(CultureInfo.InvariantCulture,
            $"{TerminalSafeWriter.Neutralise(file)}:{problem.Line ?? 1}:{problem.Column ?? 1}: {Severity(problem.Severity)} {problem.Code}: {MessageText.Bound(problem.MessageIn(wording.Culture))} ({MessageText.Bound(problem.Path)})");

    public static string Severity(ProblemSeverity severity) => severity == ProblemSeverity.Error ? "error" : "warning";

    /// <summary>
    /// The wording for a document that could not be read, so has no languages of its own: the user's language
    /// (<c>LC_ALL</c>, <c>LC_MESSAGES</c>, <c>LANG</c>), German for <c>de</c> and its variants, English otherwise.
    /// </summary>
    public static Wording UserWording(CliConsole console) => Wording.ForUser(console);
}
