using RoleModel.Tests.Infrastructure;

namespace RoleModel.Tests;

public sealed class LevelReferenceTests
{
    [Fact]
    public void Constructor_KeepsScaleAndLevel()
    {
        var level = new LevelReference("ecf", "e-3");

        level.ScaleId.Should().Be("ecf");
        level.LevelCode.Should().Be("e-3");
        level.ToString().Should().Be("ecf:e-3");
    }

    [Theory]
    [InlineData(null, "e-3", "scaleId")]
    [InlineData("ecf", null, "levelCode")]
    public void Constructor_WithNull_Throws(string? scaleId, string? levelCode, string parameter) =>
        FluentActions.Invoking(() => new LevelReference(scaleId!, levelCode!))
            .Should().Throw<ArgumentNullException>().WithMessage($"The {parameter} must not be null.*").WithParameterName(parameter);

    [Theory]
    [InlineData(" ", "e-3", "scaleId", "must not be empty or white space")]
    [InlineData("ecf ", "e-3", "scaleId", "must not start or end with white space")]
    [InlineData("ecf", "", "levelCode", "must not be empty or white space")]
    [InlineData("ecf", " e-3", "levelCode", "must not start or end with white space")]
    public void Constructor_WithBlankOrPadded_Throws(string scaleId, string levelCode, string parameter, string rule) =>
        FluentActions.Invoking(() => new LevelReference(scaleId, levelCode))
            .Should().Throw<ArgumentException>().WithMessage($"The {parameter} {rule}.*").WithParameterName(parameter);

    [Fact]
    public void Equals_FollowsContract_AndEachMemberMatters() =>
        EqualityAssert.Contract(
            new LevelReference("ecf", "e-3"),
            new LevelReference("ecf", "e-3"),
            new LevelReference("sfia", "e-3"),
            new LevelReference("ecf", "e-4"),
            new LevelReference("ECF", "e-3"));
}
