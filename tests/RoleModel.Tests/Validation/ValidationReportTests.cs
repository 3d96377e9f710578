using RoleModel.Tests.Infrastructure;
using RoleModel.Validation;

namespace RoleModel.Tests.Validation;

public sealed class ValidationReportTests
{
    private static readonly ValidationProblem Error = new(ProblemCodes.DuplicateId, ProblemSeverity.Error, "$.roles[1].id", "Duplicate.");
    private static readonly ValidationProblem Warning = new(ProblemCodes.AreaShareOutOfRange, ProblemSeverity.Warning, "$.tasks", "Out of range.");

    [Fact]
    public void IsValid_DependsOnErrorsOnly()
    {
        ValidationReport.Valid.IsValid.Should().BeTrue();
        new ValidationReport([Warning]).IsValid.Should().BeTrue();
        new ValidationReport([Warning, Error]).IsValid.Should().BeFalse();
    }

    [Fact]
    public void ErrorsAndWarnings_SplitProblemsBySeverity_InOrder()
    {
        var second = new ValidationProblem(ProblemCodes.UnknownLevel, ProblemSeverity.Error, "$.x", "Other.");
        var report = new ValidationReport([Error, Warning, second]);

        report.Errors.Should().Equal(Error, second);
        report.Warnings.Should().Equal(Warning);
    }

    [Fact]
    public void Concat_AppendsTheOtherProblems()
    {
        var report = new ValidationReport([Error]);

        report.Concat(new ValidationReport([Warning])).Problems.Should().Equal(Error, Warning);
        report.Concat(ValidationReport.Valid).Should().Be(report);
        ValidationReport.Valid.Concat(report).Problems.Should().Equal(Error);
        FluentActions.Invoking(() => report.Concat(null!)).Should().Throw<ArgumentNullException>().WithParameterName("other");
    }

    [Fact]
    public void ToString_ListsOneProblemPerLine() =>
        new ValidationReport([Error, Warning]).ToString().Should().Be(Error + Environment.NewLine + Warning);

    [Fact]
    public void Constructor_WithNullOrNullProblem_Throws()
    {
        FluentActions.Invoking(() => new ValidationReport(null!)).Should().Throw<ArgumentNullException>().WithMessage("The problems must not be null.*");
        FluentActions.Invoking(() => new ValidationReport([null!]))
            .Should().Throw<ArgumentException>().WithMessage("The problems must not contain null elements.*").WithParameterName("problems");
    }

    [Fact]
    public void Equals_FollowsContract_AndProblemsAndTheirOrderMatter() =>
        EqualityAssert.Contract(
            new ValidationReport([Error, Warning]),
            new ValidationReport([Error, Warning]),
            new ValidationReport([Warning, Error]),
            new ValidationReport([Error]),
            ValidationReport.Valid);
}
