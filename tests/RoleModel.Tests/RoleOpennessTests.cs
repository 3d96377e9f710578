using RoleModel.Tests.Infrastructure;

namespace RoleModel.Tests;

public sealed class RoleOpennessTests
{
    [Fact]
    public void Fixed_AllowsNoSelfDirectedWork()
    {
        RoleOpenness.Fixed.Kind.Should().Be(OpennessKind.Fixed);
        RoleOpenness.Fixed.SelfDirectedShare.Should().Be(ShareRange.None);
    }

    [Fact]
    public void Factories_SetKindAndRange()
    {
        var range = new ShareRange(30m, 80m);

        RoleOpenness.Open(range).Should().Be(new RoleOpenness(OpennessKind.Open, range));
        RoleOpenness.Framed(range).Should().Be(new RoleOpenness(OpennessKind.Framed, range));
        RoleOpenness.Open(range).ToString().Should().Be("Open 30–80 %");
    }

    [Fact]
    public void Constructor_FixedWithMaximumAboveZero_Throws() =>
        FluentActions.Invoking(() => new RoleOpenness(OpennessKind.Fixed, new ShareRange(0m, 0.5m)))
            .Should().Throw<ArgumentException>().WithMessage("A fixed role must not allow a self-directed share above 0 %.*").WithParameterName("selfDirectedShare");

    [Fact]
    public void Constructor_WithUndefinedKind_Throws() =>
        FluentActions.Invoking(() => new RoleOpenness((OpennessKind)99, ShareRange.Full))
            .Should().Throw<ArgumentOutOfRangeException>().WithMessage("The kind must be one of the values defined by OpennessKind.*").WithParameterName("kind");

    [Fact]
    public void Equals_FollowsContract_AndEachMemberMatters() =>
        EqualityAssert.Contract(
            RoleOpenness.Open(new ShareRange(30m, 80m)),
            new RoleOpenness(OpennessKind.Open, new ShareRange(30m, 80m)),
            RoleOpenness.Framed(new ShareRange(30m, 80m)),
            RoleOpenness.Open(new ShareRange(30m, 70m)),
            new RoleOpenness(OpennessKind.Open, new ShareRange(30m, 80m), Make.Extensions("x-review")));
}
