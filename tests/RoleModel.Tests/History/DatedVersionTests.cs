using RoleModel.History;
using static RoleModel.Tests.History.CdoHistory;

namespace RoleModel.Tests.History;

public sealed class DatedVersionTests
{
    private static readonly LocalizedText Value = LocalizedText.Invariant("v");

    [Fact]
    public void Constructor_WithUntilNotAfterFrom_Throws() =>
        FluentActions.Invoking(() => new DatedVersion<LocalizedText>(Day(2024, 1, 1), Day(2024, 1, 1), Value))
            .Should().Throw<ArgumentException>().WithMessage("The end of a dated version must be after its start.*");

    [Fact]
    public void Constructor_WithNullValue_Throws() =>
        FluentActions.Invoking(() => new DatedVersion<LocalizedText>(Day(2024, 1, 1), null, null!)).Should().Throw<ArgumentNullException>();

    [Fact]
    public void Contains_IncludesFromAndExcludesUntil()
    {
        var version = new DatedVersion<LocalizedText>(Day(2024, 1, 1), Day(2024, 2, 1), Value);

        version.Contains(Day(2024, 1, 1)).Should().BeTrue();
        version.Contains(Day(2024, 1, 31)).Should().BeTrue();
        version.Contains(Day(2024, 2, 1)).Should().BeFalse();
        version.Contains(Day(2023, 12, 31)).Should().BeFalse();
        new DatedVersion<LocalizedText>(Day(2024, 1, 1), null, Value).Contains(Day(2999, 1, 1)).Should().BeTrue();
    }

    [Fact]
    public void Equals_ComparesDaysAndValue()
    {
        var version = new DatedVersion<LocalizedText>(Day(2024, 1, 1), null, Value);

        version.Should().Be(new DatedVersion<LocalizedText>(Day(2024, 1, 1), null, LocalizedText.Invariant("v")));
        version.Should().NotBe(new DatedVersion<LocalizedText>(Day(2024, 1, 1), Day(2025, 1, 1), Value));
        version.GetHashCode().Should().Be(new DatedVersion<LocalizedText>(Day(2024, 1, 1), null, Value).GetHashCode());
    }

    [Fact]
    public void ToString_ShowsTheHalfOpenRange() =>
        new DatedVersion<LocalizedText>(Day(2024, 1, 1), Day(2024, 7, 1), Value).ToString().Should().Be("[2024-01-01, 2024-07-01) v");
}
