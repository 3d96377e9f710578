using RoleModel.Tests.Infrastructure;
using RoleModel.Validation;

namespace RoleModel.Tests.Validation;

public sealed class ValidationProblemTests
{
    private static ValidationProblem Create(
        string code = ProblemCodes.DuplicateId, ProblemSeverity severity = ProblemSeverity.Error, string path = "$.roles[1].id",
        string message = "The role identifier 'cdo' is used more than once.", int? line = 12, int? column = 7) =>
        new(code, severity, path, message, line, column);

    [Fact]
    public void ToString_ShowsPositionSeverityCodeMessageAndPath()
    {
        Create().ToString().Should().Be("12:7: error RM101: The role identifier 'cdo' is used more than once. ($.roles[1].id)");
        Create(severity: ProblemSeverity.Warning, line: null, column: null).ToString()
            .Should().Be("warning RM101: The role identifier 'cdo' is used more than once. ($.roles[1].id)");
    }

    [Fact]
    public void WithPosition_AddsLineAndColumnOnly()
    {
        var located = Create(line: null, column: null).WithPosition(3, 4);

        located.Should().Be(Create(line: 3, column: 4));
    }

    [Theory]
    [InlineData("roles[1].id")]
    [InlineData("#/roles/1")]
    public void Constructor_WithPathNotStartingWithDollar_Throws(string path) =>
        FluentActions.Invoking(() => Create(path: path))
            .Should().Throw<ArgumentException>().WithMessage("A problem path must be a JSONPath starting with '$'.*").WithParameterName("path");

    [Theory]
    [InlineData(0, 1, "line")]
    [InlineData(1, 0, "column")]
    [InlineData(-5, 3, "line")]
    public void Constructor_WithLineOrColumnBelowOne_Throws(int line, int column, string parameter) =>
        FluentActions.Invoking(() => Create(line: line, column: column))
            .Should().Throw<ArgumentOutOfRangeException>().WithMessage("Line and column numbers start at 1.*").WithParameterName(parameter);

    [Theory]
    [InlineData(3, null, "column")]
    [InlineData(null, 4, "line")]
    public void Constructor_WithOnlyOneOfLineAndColumn_Throws(int? line, int? column, string parameter) =>
        FluentActions.Invoking(() => Create(line: line, column: column))
            .Should().Throw<ArgumentException>().WithMessage("A problem must have both a line and a column, or neither.*").WithParameterName(parameter);

    [Fact]
    public void Constructor_WithUndefinedSeverity_Throws() =>
        FluentActions.Invoking(() => Create(severity: (ProblemSeverity)99))
            .Should().Throw<ArgumentOutOfRangeException>().WithMessage("The severity must be one of the values defined by ProblemSeverity.*");

    [Theory]
    [InlineData("", "code")]
    [InlineData(" ", "message")]
    [InlineData("", "path")]
    public void Constructor_WithBlankString_Throws(string blank, string parameter) =>
        FluentActions.Invoking(() => parameter switch
            {
                "code" => Create(code: blank),
                "path" => Create(path: blank),
                _ => Create(message: blank),
            })
            .Should().Throw<ArgumentException>().WithMessage($"The {parameter} must not be empty or white space.*").WithParameterName(parameter);

    [Fact]
    public void Constructor_WithNullMessage_Throws() =>
        FluentActions.Invoking(() => Create(message: null!)).Should().Throw<ArgumentNullException>().WithParameterName("message");

    [Fact]
    public void Equals_FollowsContract_AndEachMemberMatters() =>
        EqualityAssert.Contract(
            Create(),
            Create(),
            Create(code: ProblemCodes.UnresolvedReference),
            Create(severity: ProblemSeverity.Warning),
            Create(path: "$.roles[2].id"),
            Create(message: "Other."),
            Create(line: 13),
            Create(column: 8),
            Create(line: null, column: null));
}
