using RoleModel.Cli.Discovery;

namespace RoleModel.Cli.Tests;

public sealed class OccupationPartsTests
{
    [Theory]
    // First byte of the SHA-256 of the UTF-8 code (worked out with sha256sum), modulo 4: 0 or 1 reference, 2 tuning, 3 reporting.
    [InlineData("25-1011.00", "Reference")]  // 0x90 = 144, 144 mod 4 = 0
    [InlineData("11-1021.00", "Reference")]  // 0x51 = 81, mod 4 = 1
    [InlineData("11-1011.00", "Tuning")]     // 0xee = 238, mod 4 = 2
    [InlineData("13-1011.00", "Tuning")]     // 0xf2 = 242, mod 4 = 2
    [InlineData("15-1252.00", "Reporting")]  // 0x9f = 159, mod 4 = 3
    [InlineData("17-2011.00", "Reporting")]  // 0x8b = 139, mod 4 = 3
    public void Of_HandWorkedCodes_FallIntoTheirPart(string code, string part) =>
        OccupationParts.Of(code).ToString().Should().Be(part);

    [Fact]
    public void Of_ManyCodes_AboutHalfAreReferenceAndAQuarterEachOfTheOthers()
    {
        var parts = Enumerable.Range(0, 4000).Select(i => OccupationParts.Of($"code-{i}")).GroupBy(p => p).ToDictionary(g => g.Key, g => g.Count());

        parts[OccupationPart.Reference].Should().BeInRange(1800, 2200);
        parts[OccupationPart.Tuning].Should().BeInRange(850, 1150);
        parts[OccupationPart.Reporting].Should().BeInRange(850, 1150);
    }
}
