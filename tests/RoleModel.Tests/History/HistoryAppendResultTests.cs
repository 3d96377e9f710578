using RoleModel.History;
using static RoleModel.Tests.History.CdoHistory;

namespace RoleModel.Tests.History;

public sealed class HistoryAppendResultTests
{
    private static readonly RoleChange Change = RoleChange.RetireTask("c15", Day(2026, 6, 1), At(2026, 5, 1), "hr", "portal");

    [Fact]
    public void Equality_SameOutcomeAndHistory_AreEqual()
    {
        var first = Cdo.AppendIfUnchanged(Cdo.Changes[^2].Id, [Change]);
        var second = Cdo.AppendIfUnchanged(Cdo.Changes[^2].Id, [Change]);

        first.Should().Be(second);
        first.GetHashCode().Should().Be(second.GetHashCode());
        first.Should().NotBe(Cdo.AppendIfUnchanged(Cdo.LastChangeId, [Change]));
        first.Equals(null).Should().BeFalse();
    }

    [Fact]
    public void ToString_IsTheRefusalOrTheAppendedHistory()
    {
        Cdo.AppendIfUnchanged("elsewhere-7", [Change]).ToString().Should().StartWith("The history of role 'cdo' was read at change 'elsewhere-7'");
        Cdo.AppendIfUnchanged(Cdo.LastChangeId, [Change]).ToString().Should().Be($"appended: cdo ({Cdo.Changes.Length + 1} changes)");
    }
}
