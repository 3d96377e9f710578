using System.Reflection;
using RoleModel.Serialization;
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

    [Fact]
    public void FormatDoc_WritingByHand_HasThreeDocumentsAndFiveMistakes()
    {
        var examples = HandWrittenExamples.All();

        examples.Should().HaveCount(8);
        examples.Count(e => e.Problems.Any(p => p.Contains(": error ", StringComparison.Ordinal) || p.Contains("RM010", StringComparison.Ordinal))).Should().Be(5);
    }

    /// <summary>Each example gives exactly the problems shown below it; the one that imports ESCO is read with ESCO in the interop tests.</summary>
    [Fact]
    public void FormatDoc_WritingByHand_EachExampleGivesTheProblemsShown()
    {
        foreach (var (json, problems) in HandWrittenExamples.All().Where(e => !e.Json.Contains("\"imports\"", StringComparison.Ordinal)))
        {
            RoleModelJson.Read(json).Report.Problems.Select(p => p.ToString()).Should().Equal(problems, json);
        }
    }
}
