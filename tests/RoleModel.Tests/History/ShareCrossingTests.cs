using RoleModel.History;
using static RoleModel.Tests.History.CdoHistory;

namespace RoleModel.Tests.History;

public sealed class ShareCrossingTests
{
    [Fact]
    public void Equals_ComparesDayShareAndDirection()
    {
        new ShareCrossing(Day(2024, 1, 1), 55, true).Should().Be(new ShareCrossing(Day(2024, 1, 1), 55, true));
        new ShareCrossing(Day(2024, 1, 1), 55, true).Should().NotBe(new ShareCrossing(Day(2024, 1, 1), 55, false));
        new ShareCrossing(Day(2024, 1, 1), 55, true).GetHashCode().Should().Be(new ShareCrossing(Day(2024, 1, 1), 55, true).GetHashCode());
    }

    [Fact]
    public void ToString_ShowsDayShareAndDirection() => new ShareCrossing(Day(2024, 7, 1), 30, false).ToString().Should().Be("2024-07-01 30 % ↓");
}
