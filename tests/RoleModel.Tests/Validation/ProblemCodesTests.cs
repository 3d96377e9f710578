using System.Reflection;
using System.Text.RegularExpressions;
using RoleModel.Validation;

namespace RoleModel.Tests.Validation;

public sealed class ProblemCodesTests
{
    private static readonly Dictionary<string, string> Codes = typeof(ProblemCodes)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Where(f => f.IsLiteral)
        .ToDictionary(f => f.Name, f => (string)f.GetRawConstantValue()!);

    [Fact]
    public void Codes_AreDistinct() => Codes.Values.Should().OnlyHaveUniqueItems();

    [Fact]
    public void Codes_FollowTheRmNumberPattern() =>
        Codes.Values.Should().OnlyContain(code => Regex.IsMatch(code, "^RM[0-9]{3}$"));

    [Fact]
    public void ContentCodes_RunFromRM100WithoutGaps() =>
        Codes.Values.Where(c => c.StartsWith("RM1", StringComparison.Ordinal)).Order(StringComparer.Ordinal)
            .Should().Equal(Enumerable.Range(100, Codes.Values.Count(c => c.StartsWith("RM1", StringComparison.Ordinal))).Select(n => $"RM{n}"));
}
