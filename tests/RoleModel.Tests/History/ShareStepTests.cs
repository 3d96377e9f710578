using NodaTime;
using static RoleModel.Tests.History.CdoHistory;

namespace RoleModel.Tests.History;

public sealed class ShareStepTests
{
    [Fact]
    public void Total_AndDays_FollowTheShares()
    {
        var step = Cdo.AsKnownAt(Instant.MaxValue).GetShareSeries(Day(2022, 6, 1), Day(2022, 6, 30), t => t.Id).Steps.Single();

        step.Shares.Should().Equal(40m, 30m, 20m);
        step.Total.Should().Be(90m);
        step.Days.Should().Be(30);
        step.ToString().Should().Be("[2022-06-01, 2022-07-01) 40 30 20");
    }
}
