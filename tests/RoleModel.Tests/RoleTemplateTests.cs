using RoleModel.Tests.Infrastructure;

namespace RoleModel.Tests;

public sealed class RoleTemplateTests
{
    private static RoleTemplate Create(string roleId = "cdo", string[]? requirements = null, string[]? areas = null, ExtensionData? extensions = null) =>
        new(roleId, requirements ?? ["law", "tech"], areas ?? ["governance"], extensions);

    [Fact]
    public void Constructor_DefaultsToNoRemovals()
    {
        var template = new RoleTemplate("cdo");

        template.RoleId.Should().Be("cdo");
        template.RemovedRequirementIds.Should().BeEmpty();
        template.RemovedAreaIds.Should().BeEmpty();
        template.ToString().Should().Be("cdo");
    }

    [Fact]
    public void Constructor_WithRepeatedRemoval_Throws()
    {
        FluentActions.Invoking(() => Create(requirements: ["law", "law"]))
            .Should().Throw<ArgumentException>().WithMessage("The removedRequirementIds must not contain 'law' twice.*").WithParameterName("removedRequirementIds");
        FluentActions.Invoking(() => Create(areas: ["a", "a"]))
            .Should().Throw<ArgumentException>().WithMessage("The removedAreaIds must not contain 'a' twice.*").WithParameterName("removedAreaIds");
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData(" cdo")]
    public void Constructor_WithInvalidRoleId_Throws(string? roleId) =>
        FluentActions.Invoking(() => Create(roleId: roleId!)).Should().Throw<ArgumentException>().WithMessage("The roleId must not *").WithParameterName("roleId");

    [Fact]
    public void Constructor_WithBlankOrPaddedRemoval_Throws()
    {
        FluentActions.Invoking(() => Create(requirements: [" law"]))
            .Should().Throw<ArgumentException>().WithMessage("The removedRequirementIds must not start or end with white space.*");
        FluentActions.Invoking(() => Create(areas: [""]))
            .Should().Throw<ArgumentException>().WithMessage("The removedAreaIds must not be empty or white space.*");
    }

    [Fact]
    public void Equals_FollowsContract_AndEachMemberMatters() =>
        EqualityAssert.Contract(
            Create(),
            Create(),
            Create(roleId: "other"),
            Create(requirements: ["tech", "law"]),
            Create(requirements: ["law"]),
            Create(areas: []),
            Create(areas: ["strategy"]),
            Create(extensions: Make.Extensions("x-note")));
}
