using RoleModel.Tests.Infrastructure;

namespace RoleModel.Tests;

public sealed class ProficiencyLevelTests
{
    private static ProficiencyLevel Create(string code = "e-3", string label = "Level 3", string description = "Works independently", ExtensionData? extensions = null) =>
        new(code, Make.Text(label), Make.Text(description), extensions);

    [Fact]
    public void Constructor_DefaultsToEmptyTexts()
    {
        var level = new ProficiencyLevel("e-1");

        level.Code.Should().Be("e-1");
        level.Label.Should().Be(LocalizedText.Empty);
        level.Description.Should().Be(LocalizedText.Empty);
        level.Extensions.Should().Be(ExtensionData.Empty);
        level.ToString().Should().Be("e-1");
    }

    [Theory]
    [InlineData("", "The code must not be empty or white space.*")]
    [InlineData("  ", "The code must not be empty or white space.*")]
    [InlineData(" e-1", "The code must not start or end with white space.*")]
    [InlineData("e-1\t", "The code must not start or end with white space.*")]
    public void Constructor_WithBlankOrPaddedCode_Throws(string code, string message) =>
        FluentActions.Invoking(() => new ProficiencyLevel(code)).Should().Throw<ArgumentException>().WithMessage(message).WithParameterName("code");

    [Fact]
    public void Constructor_WithNullCode_Throws() =>
        FluentActions.Invoking(() => new ProficiencyLevel(null!)).Should().Throw<ArgumentNullException>().WithMessage("The code must not be null.*");

    [Fact]
    public void Equals_FollowsContract_AndEachMemberMatters() =>
        EqualityAssert.Contract(
            Create(),
            Create(),
            Create(code: "e-4"),
            Create(label: "Level three"),
            Create(description: "Works alone"),
            Create(extensions: Make.Extensions("x-rank")));
}
