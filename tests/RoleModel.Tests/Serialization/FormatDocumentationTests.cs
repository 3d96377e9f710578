using System.Reflection;
using RoleModel.Validation;

namespace RoleModel.Tests.Serialization;

/// <summary>docs/format.md is the contract with HR systems: it must name every problem code.</summary>
public sealed class FormatDocumentationTests
{
    public static TheoryData<string> Codes() =>
        [.. typeof(ProblemCodes).GetFields(BindingFlags.Public | BindingFlags.Static).Select(f => (string)f.GetValue(null)!)];

    [Theory]
    [MemberData(nameof(Codes))]
    public void FormatDoc_EveryProblemCode_IsDocumented(string code) =>
        File.ReadAllText(TestPaths.FormatDoc).Should().Contain($"| {code} |");
}
