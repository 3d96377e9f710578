using RoleModel.Tests.Infrastructure;

namespace RoleModel.Tests;

public sealed class CompetencyKindTests
{
    public static TheoryData<string, CompetencyKind> WellKnown => new()
    {
        { "skill", CompetencyKind.Skill },
        { "knowledge", CompetencyKind.Knowledge },
        { "ability", CompetencyKind.Ability },
        { "attitude", CompetencyKind.Attitude },
    };

    [Theory]
    [MemberData(nameof(WellKnown))]
    public void FromCode_WithWellKnownCode_ReturnsTheSharedInstance(string code, CompetencyKind expected)
    {
        var kind = CompetencyKind.FromCode(code);

        kind.Should().BeSameAs(expected);
        kind.IsWellKnown.Should().BeTrue();
        kind.Code.Should().Be(code);
        kind.ToString().Should().Be(code);
    }

    [Fact]
    public void FromCode_WithCustomCode_ReturnsCustomKind()
    {
        var kind = CompetencyKind.FromCode("language");

        kind.Code.Should().Be("language");
        kind.IsWellKnown.Should().BeFalse();
    }

    [Fact]
    public void FromCode_IsCaseSensitive() => CompetencyKind.FromCode("Skill").IsWellKnown.Should().BeFalse();

    [Theory]
    [InlineData("", "The code must not be empty or white space.*")]
    [InlineData(" skill", "The code must not start or end with white space.*")]
    public void FromCode_WithBlankOrPaddedCode_Throws(string code, string message) =>
        FluentActions.Invoking(() => CompetencyKind.FromCode(code)).Should().Throw<ArgumentException>().WithMessage(message).WithParameterName("code");

    [Fact]
    public void FromCode_WithNull_Throws() =>
        FluentActions.Invoking(() => CompetencyKind.FromCode(null!)).Should().Throw<ArgumentNullException>().WithParameterName("code");

    [Fact]
    public void Equals_ComparesCodes() =>
        EqualityAssert.Contract(
            CompetencyKind.FromCode("language"),
            CompetencyKind.FromCode("language"),
            CompetencyKind.FromCode("Language"),
            CompetencyKind.Skill);
}
