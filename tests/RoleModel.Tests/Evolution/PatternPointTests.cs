using RoleModel.Evolution;
using static RoleModel.Tests.Evolution.Towns;

namespace RoleModel.Tests.Evolution;

public sealed class PatternPointTests
{
    [Fact]
    public void Constructor_NegativeRoles_Throws()
    {
        var act = () => new PatternPoint(Day(2024), -1);

        act.Should().Throw<ArgumentOutOfRangeException>();
    }

    [Fact]
    public void Equals_SameDayAndCount_AreEqual()
    {
        new PatternPoint(Day(2024), 2).Should().Be(new PatternPoint(Day(2024), 2));
        new PatternPoint(Day(2024), 2).GetHashCode().Should().Be(new PatternPoint(Day(2024), 2).GetHashCode());
        new PatternPoint(Day(2024), 2).Should().NotBe(new PatternPoint(Day(2024), 3));
        new PatternPoint(Day(2024), 2).ToString().Should().Be("2024-01-01: 2");
    }
}
