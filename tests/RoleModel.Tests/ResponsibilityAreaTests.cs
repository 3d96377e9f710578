using RoleModel.Tests.Infrastructure;

namespace RoleModel.Tests;

public sealed class ResponsibilityAreaTests
{
    private static ResponsibilityArea Create(string id = "strategy", string name = "Digital strategy", decimal min = 10m, decimal max = 30m, ExtensionData? extensions = null) =>
        new(id, Make.Text(name), new ShareRange(min, max), extensions);

    [Fact]
    public void Constructor_DefaultsToFullShareRange()
    {
        var area = new ResponsibilityArea("strategy", Make.Text("x"));

        area.ExpectedShare.Should().Be(ShareRange.Full);
        area.Extensions.Should().Be(ExtensionData.Empty);
        area.ToString().Should().Be("strategy");
    }

    [Theory]
    [InlineData("", "The id must not be empty or white space.*")]
    [InlineData("strategy ", "The id must not start or end with white space.*")]
    public void Constructor_WithBlankOrPaddedId_Throws(string id, string message) =>
        FluentActions.Invoking(() => Create(id: id)).Should().Throw<ArgumentException>().WithMessage(message).WithParameterName("id");

    [Fact]
    public void Constructor_WithNullName_Throws() =>
        FluentActions.Invoking(() => new ResponsibilityArea("a", null!)).Should().Throw<ArgumentNullException>().WithMessage("The name must not be null.*");

    [Fact]
    public void Equals_FollowsContract_AndEachMemberMatters() =>
        EqualityAssert.Contract(
            Create(),
            Create(),
            Create(id: "other"),
            Create(name: "Other"),
            Create(min: 0m),
            Create(max: 40m),
            Create(extensions: Make.Extensions("x-cost-centre")));
}
