using RoleModel.Validation;

namespace RoleModel.Tests.Infrastructure;

/// <summary>Assertions on validation reports.</summary>
internal static class ReportAssert
{
    /// <summary>Asserts that the report holds exactly one problem, with this code, severity, path and message.</summary>
    public static void ShouldReportOnly(this ValidationReport report, string code, string path, string message, ProblemSeverity severity = ProblemSeverity.Error)
    {
        var problem = report.Problems.Should().ContainSingle($"only the broken rule should be reported, but the report was:{Environment.NewLine}{report}").Which;
        problem.Code.Should().Be(code);
        problem.Severity.Should().Be(severity);
        problem.Path.Should().Be(path);
        problem.Message.Should().Be(message);
        report.IsValid.Should().Be(severity != ProblemSeverity.Error);
    }
}
