using NodaTime;
using RoleModel.Tests.Infrastructure;

namespace RoleModel.Tests;

public sealed class RoleAssignmentTests
{
    private static readonly LocalDate Start = new(2025, 1, 1);
    private static readonly LocalDate End = new(2025, 12, 31);

    [Theory]
    [InlineData(-1, false)]
    [InlineData(0, true)]
    [InlineData(364, true)]
    [InlineData(365, false)]
    public void Contains_IncludesFirstAndLastDay(int offset, bool expected) =>
        new RoleAssignment("cdo", Start, End).Contains(Start.PlusDays(offset)).Should().Be(expected);

    [Fact]
    public void Contains_WhenOpenEnded_HoldsFromStartOn()
    {
        var assignment = new RoleAssignment("cdo", Start);

        assignment.End.Should().BeNull();
        assignment.Contains(Start.PlusYears(50)).Should().BeTrue();
        assignment.Contains(Start.PlusDays(-1)).Should().BeFalse();
    }

    [Fact]
    public void Constructor_OneDayAssignment_IsAllowed() => new RoleAssignment("cdo", Start, Start).Contains(Start).Should().BeTrue();

    [Fact]
    public void Constructor_WithEndBeforeStart_Throws() =>
        FluentActions.Invoking(() => new RoleAssignment("cdo", Start, Start.PlusDays(-1)))
            .Should().Throw<ArgumentException>().WithMessage("The last day of an assignment must not be before its first day.*").WithParameterName("end");

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("cdo ")]
    public void Constructor_WithInvalidRole_Throws(string? roleId) =>
        FluentActions.Invoking(() => new RoleAssignment(roleId!, Start)).Should().Throw<ArgumentException>().WithMessage("The roleId must not *").WithParameterName("roleId");

    [Fact]
    public void Equals_FollowsContract_AndEachMemberMatters() =>
        EqualityAssert.Contract(
            new RoleAssignment("cdo", Start, End),
            new RoleAssignment("cdo", Start, End),
            new RoleAssignment("cdo-small-town", Start, End),
            new RoleAssignment("cdo", Start.PlusDays(1), End),
            new RoleAssignment("cdo", Start, End.PlusDays(-1)),
            new RoleAssignment("cdo", Start),
            new RoleAssignment("cdo", Start, End, Make.Extensions("x-contract")));
}
