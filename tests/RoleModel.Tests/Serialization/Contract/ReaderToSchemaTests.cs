using System.Text.Json.Nodes;
using RoleModel.Serialization;
using RoleModel.Validation;
using Xunit.Abstractions;

namespace RoleModel.Tests.Serialization.Contract;

/// <summary>
/// The second direction of the contract: what the reader accepts, the schema accepts, checked with an
/// independent validator (JsonSchema.Net) on the bundled samples and on seeded mutations of them. Each mutation
/// puts one edge value (white space of both regular expression dialects, dates and instants at the edges,
/// over-precise numbers, null, a removed member) at one place; both directions are checked on the result.
/// </summary>
public sealed class ReaderToSchemaTests(ITestOutputHelper output)
{
    private const int MutationsPerSample = 400;


    public static TheoryData<string> Samples() => [.. SampleFiles()];

    private static IEnumerable<string> SampleFiles() =>
        Directory.GetFiles(TestPaths.Samples, "*.json", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}invalid{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Select(f => Path.GetRelativePath(TestPaths.Samples, f));

    [Theory]
    [MemberData(nameof(Samples))]
    public void Sample_AcceptedByTheReader_IsValidBySchema(string file)
    {
        var json = File.ReadAllText(Path.Combine(TestPaths.Samples, file));
        // Problems of rules beyond the schema (such as imports, which RoleModelJson.Read does not resolve) ask nothing of it.
        var problems = RoleModelJson.Read(json).Report.Problems;
        if (problems.Any(p => (p.Severity == ProblemSeverity.Error && BeyondSchema.Rule(p) is null) || p.Code == ProblemCodes.UnknownMember))
        {
            SchemaCheck.Errors(json).Should().NotBeEmpty($"{file} has document problems the schema states: {string.Join("; ", problems)}");
            return;
        }

        SchemaCheck.Errors(json).Should().BeEmpty();
    }

    /// <summary>The samples that are whole documents the reader accepts without a warning about members.</summary>
    public static TheoryData<string> AcceptedSamples() =>
        [.. SampleFiles().Where(f => RoleModelJson.Read(File.ReadAllText(Path.Combine(TestPaths.Samples, f))).Report.Problems
            .All(p => p.Severity != ProblemSeverity.Error && p.Code != ProblemCodes.UnknownMember))];

    [Theory]
    [MemberData(nameof(AcceptedSamples))]
    public void MutatedSamples_ReaderAndSchemaAgree(string file)
    {
        var original = JsonNode.Parse(File.ReadAllText(Path.Combine(TestPaths.Samples, file)))!;
        var (counts, leaks) = ContractMutations.Run(original, MutationsPerSample, new Random(file.Length * 7919), SchemaCheck.Errors);
        output.WriteLine($"{file}: {MutationsPerSample} mutations: " + string.Join(", ", counts.OrderBy(c => c.Key, StringComparer.Ordinal).Select(c => $"{c.Value} {c.Key}")));
        leaks.Should().BeEmpty();
        counts.GetValueOrDefault("both accept").Should().BeGreaterThan(0);
    }
}
