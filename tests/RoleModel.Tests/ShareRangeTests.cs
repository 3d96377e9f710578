using FsCheck;
using FsCheck.Xunit;
using RoleModel.Tests.Infrastructure;

namespace RoleModel.Tests;

public sealed class ShareRangeTests
{
    [Fact]
    public void Constructor_KeepsBounds()
    {
        var range = new ShareRange(10m, 30.5m);

        range.Minimum.Should().Be(10m);
        range.Maximum.Should().Be(30.5m);
    }

    [Theory]
    [InlineData(-0.01, 10, "minimum")]
    [InlineData(0, 100.01, "maximum")]
    [InlineData(101, 101, "minimum")]
    public void Constructor_WithBoundOutside0To100_Throws(decimal minimum, decimal maximum, string parameter) =>
        FluentActions.Invoking(() => new ShareRange(minimum, maximum))
            .Should().Throw<ArgumentOutOfRangeException>().WithMessage($"The {parameter} must be a percentage between 0 and 100.*").WithParameterName(parameter);

    [Fact]
    public void Constructor_WithMinimumAboveMaximum_Throws() =>
        FluentActions.Invoking(() => new ShareRange(40m, 30m))
            .Should().Throw<ArgumentOutOfRangeException>().WithMessage("The minimum share must not be above the maximum share.*");

    [Fact]
    public void StaticRanges_AreFullAndNone()
    {
        ShareRange.Full.Should().Be(new ShareRange(0m, 100m));
        ShareRange.None.Should().Be(new ShareRange(0m, 0m));
        default(ShareRange).Should().Be(ShareRange.None);
    }

    [Theory]
    [InlineData(9.99, false)]
    [InlineData(10, true)]
    [InlineData(30, true)]
    [InlineData(30.01, false)]
    public void Contains_IncludesBothBounds(decimal share, bool expected) =>
        new ShareRange(10m, 30m).Contains(share).Should().Be(expected);

    [Fact]
    public void ToString_UsesInvariantCulture() => new ShareRange(10.5m, 30m).ToString().Should().Be("10.5–30 %");

    [Fact]
    public void Equals_FollowsContract_AndBothBoundsMatter() =>
        EqualityAssert.Contract(new ShareRange(10m, 30m), new ShareRange(10.00m, 30.0m), new ShareRange(11m, 30m), new ShareRange(10m, 31m));

    [Property]
    public bool Contains_AgreesWithBounds(ushort a, ushort b, ushort x)
    {
        decimal Percent(ushort value) => value % 10001 / 100m;
        var (low, high) = (Math.Min(Percent(a), Percent(b)), Math.Max(Percent(a), Percent(b)));
        var share = Percent(x);

        return new ShareRange(low, high).Contains(share) == (low <= share && share <= high);
    }
}
