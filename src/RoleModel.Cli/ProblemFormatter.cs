using System.Globalization;
using RoleModel.Validation;

namespace RoleModel.Cli;

/// <summary>Formats problems the way compilers do, so editors and CI logs can jump to them.</summary>
internal static class ProblemFormatter
{
    /// <summary><c>file:line:column: severity code: message (path)</c>; line and column 1 when unknown.</summary>
    public static string Format(string file, ValidationProblem problem) =>
        string.Create(CultureInfo.InvariantCulture,
            $"{file}:{problem.Line ?? 1}:{problem.Column ?? 1}: {Severity(problem.Severity)} {problem.Code}: {problem.Message} ({problem.Path})");

    public static string Severity(ProblemSeverity severity) => severity == ProblemSeverity.Error ? "error" : "warning";
}
