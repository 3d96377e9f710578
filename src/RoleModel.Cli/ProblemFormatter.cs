using System.Globalization;
using RoleModel.Validation;

namespace RoleModel.Cli;

/// <summary>Formats problems the way compilers do, so editors and CI logs can jump to them.</summary>
internal static class ProblemFormatter
{
    /// <summary>
    /// <c>file:line:column: severity code: message (path)</c>; line and column 1 when unknown. Always one line:
    /// a line break or control character anywhere (a file name, a member name in the path) is escaped, and long
    /// quoted values are cut the way the library cuts them in messages, so no document can forge a line.
    /// </summary>
    public static string Format(string file, ValidationProblem problem) =>
        string.Create(CultureInfo.InvariantCulture,
            $"{TerminalSafeWriter.Neutralise(file)}:{problem.Line ?? 1}:{problem.Column ?? 1}: {Severity(problem.Severity)} {problem.Code}: {MessageText.Bound(problem.Message)} ({MessageText.Bound(problem.Path)})");

    public static string Severity(ProblemSeverity severity) => severity == ProblemSeverity.Error ? "error" : "warning";
}
