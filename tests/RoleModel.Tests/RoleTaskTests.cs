using RoleModel.Tests.Infrastructure;

namespace RoleModel.Tests;

public sealed class RoleTaskTests
{
    private static RoleTask Create(
        string id = "smart-city", string title = "Smart-city pilot", decimal share = 25m, TaskOrigin origin = TaskOrigin.SelfInitiated,
        RoleTaskStatus status = RoleTaskStatus.Active, string? areaId = "transformation", CompetencyUse[]? uses = null,
        string description = "Sensors in the town hall", ExtensionData? extensions = null) =>
        new(id, Make.Text(title), share, origin, status, areaId, uses ?? [new CompetencyUse("iot"), new CompetencyUse("data")], Make.Text(description), extensions);

    [Fact]
    public void Constructor_DefaultsToActiveAssignedTaskWithoutArea()
    {
        var task = new RoleTask("t", Make.Text("T"), 10m);

        task.Origin.Should().Be(TaskOrigin.Assigned);
        task.Status.Should().Be(RoleTaskStatus.Active);
        task.IsActive.Should().BeTrue();
        task.AreaId.Should().BeNull();
        task.Uses.Should().BeEmpty();
        task.Description.Should().Be(LocalizedText.Empty);
        task.ToString().Should().Be("t");
    }

    [Theory]
    [InlineData(RoleTaskStatus.Planned, false)]
    [InlineData(RoleTaskStatus.Active, true)]
    [InlineData(RoleTaskStatus.Suspended, false)]
    [InlineData(RoleTaskStatus.Retired, false)]
    public void IsActive_OnlyForActiveStatus(RoleTaskStatus status, bool expected) => Create(status: status).IsActive.Should().Be(expected);

    [Theory]
    [InlineData(0)]
    [InlineData(100)]
    public void Constructor_AcceptsShareBounds(decimal share) => Create(share: share).Share.Should().Be(share);

    [Theory]
    [InlineData(-0.5)]
    [InlineData(100.5)]
    public void Constructor_WithShareOutside0To100_Throws(decimal share) =>
        FluentActions.Invoking(() => Create(share: share))
            .Should().Throw<ArgumentOutOfRangeException>().WithMessage("The share must be a percentage between 0 and 100.*").WithParameterName("share");

    [Fact]
    public void Constructor_WithUndefinedOrigin_Throws() =>
        FluentActions.Invoking(() => Create(origin: (TaskOrigin)99))
            .Should().Throw<ArgumentOutOfRangeException>().WithMessage("The origin must be one of the values defined by TaskOrigin.*").WithParameterName("origin");

    [Fact]
    public void Constructor_WithUndefinedStatus_Throws() =>
        FluentActions.Invoking(() => Create(status: (RoleTaskStatus)(-1)))
            .Should().Throw<ArgumentOutOfRangeException>().WithMessage("The status must be one of the values defined by RoleTaskStatus.*").WithParameterName("status");

    [Theory]
    [InlineData("")]
    [InlineData(" transformation")]
    public void Constructor_WithBlankOrPaddedArea_Throws(string areaId) =>
        FluentActions.Invoking(() => Create(areaId: areaId)).Should().Throw<ArgumentException>().WithMessage("The areaId must not *white space.*").WithParameterName("areaId");

    [Fact]
    public void Constructor_WithNullUse_Throws() =>
        FluentActions.Invoking(() => Create(uses: [null!])).Should().Throw<ArgumentException>().WithMessage("The uses must not contain null elements.*");

    [Fact]
    public void WithShareAndWithStatus_ChangeOnlyTheirMember()
    {
        Create().WithShare(40m).Should().Be(Create(share: 40m));
        Create().WithStatus(RoleTaskStatus.Retired).Should().Be(Create(status: RoleTaskStatus.Retired));
        FluentActions.Invoking(() => Create().WithShare(101m)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("share");
    }

    [Fact]
    public void Constructor_WithNullTitleOrPaddedId_Throws()
    {
        FluentActions.Invoking(() => new RoleTask("t", null!, 10m)).Should().Throw<ArgumentNullException>().WithMessage("The title must not be null.*");
        FluentActions.Invoking(() => Create(id: "t ")).Should().Throw<ArgumentException>().WithMessage("The id must not start or end with white space.*");
    }

    [Fact]
    public void Equals_FollowsContract_AndEachMemberMatters() =>
        EqualityAssert.Contract(
            Create(),
            Create(share: 25.00m),
            Create(id: "other"),
            Create(title: "Other"),
            Create(share: 26m),
            Create(origin: TaskOrigin.Delegated),
            Create(status: RoleTaskStatus.Suspended),
            Create(areaId: null),
            Create(uses: [new CompetencyUse("data"), new CompetencyUse("iot")]),
            Create(description: "Other"),
            Create(extensions: Make.Extensions("x-ticket", "42")));
}
