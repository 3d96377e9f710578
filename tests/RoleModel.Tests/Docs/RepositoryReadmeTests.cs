using System.Text.RegularExpressions;
using NodaTime;
using RoleModel.Serialization;
using RoleModel.Tests.Serialization;

namespace RoleModel.Tests.Docs;

/// <summary>
/// The C# examples of the repository's README.md, kept compiling: every block is the code of a method below. The
/// first runs; the second reads and writes files relative to a clone's root, so it is compiled, and its reading is
/// checked on the sample by the test beside it.
/// </summary>
[Collection(nameof(ConsoleOutput))]
public sealed class RepositoryReadmeTests
{
    private static readonly string Readme = Path.Combine(TestPaths.RepositoryRoot, "README.md");

    [Fact]
    public void Readme_EveryCSharpBlock_IsTheCodeCompiledHere()
    {
        var source = ReadmeBlocks.Normalize(File.ReadAllText(Path.Combine(TestPaths.RepositoryRoot, "tests", "RoleModel.Tests", "Docs", "RepositoryReadmeTests.cs")));

        ReadmeBlocks.Of(Readme).Should().HaveCount(2).And.OnlyContain(block => source.Contains(block, StringComparison.Ordinal));
    }

    [Fact]
    public void InThirtySeconds_ValidCatalogue_PrintsNoProblem() => ConsoleOutput.Capture(InThirtySeconds).Should().BeEmpty();

    [Fact]
    public void ReadingExample_Sample_HasTheCdoTasksOnThatDay()
    {
        var result = RoleModelJson.Read(File.ReadAllBytes(Path.Combine(TestPaths.Samples, "municipal.json")));

        result.IsValid.Should().BeTrue();
        result.Catalogue!.FindHistory("cdo")!.AsKnownAt(Instant.FromUtc(2026, 6, 1, 0, 0)).ProjectOn(new LocalDate(2024, 6, 30)).Tasks.Tasks.Should().NotBeEmpty();
    }

    private static void InThirtySeconds()
    {
        var ecf = ProficiencyScale.CreateEcfStyle();                         // e-1 .. e-5
        var framework = new CompetencyFramework("municipal", LocalizedText.Of("en", "Municipal digital competencies"),
            scales: [ecf],
            competencies: [new("strategy", CompetencyKind.Skill, LocalizedText.Of("en", "Digital strategy"))]);

        // A Chief Digital Officer has no fixed duty list: 30–80 % of the work is found by the holder.
        var cdo = new Role("cdo", LocalizedText.Of("en", "Chief Digital Officer"),
            RoleOpenness.Open(new ShareRange(30, 80)),
            purpose: LocalizedText.Of("en", "Drive the digital transformation of the municipality."),
            requirements: [new CompetencyRequirement("strategy", new LevelReference("e-cf", "e-4"))]);

        var catalogue = new Catalogue([framework], [cdo]);
        foreach (var problem in catalogue.Validate().Problems)
        {
            Console.WriteLine(problem);   // e.g. "error RM102: The competency 'x' does not exist ... ($.roles[0].requirements[0].competency)"
        }
    }

    // Compiled, not run: it reads docs/samples/municipal.json and writes copy.json relative to the working folder.
    private static void ReadingAndWriting()
    {
        var result = RoleModelJson.Read(File.ReadAllBytes("docs/samples/municipal.json"));
        foreach (var problem in result.Report.Problems) Console.WriteLine(problem);   // located, coded, all at once
        if (result.IsValid)
        {
            var cdoHistory = result.Catalogue!.FindHistory("cdo")!.AsKnownAt(SystemClock.Instance);
            var cdoInJune2024 = cdoHistory.ProjectOn(new LocalDate(2024, 6, 30));   // the role and its task profile that day
            foreach (var task in cdoInJune2024.Tasks.Tasks) Console.WriteLine($"{task.Id}: {task.Share} %");
            File.WriteAllText("copy.json", RoleModelJson.WriteToString(result.Catalogue));
        }
    }
}

/// <summary>The C# blocks of a markdown file, without their <c>using</c> lines, each line trimmed, for comparison with code.</summary>
internal static class ReadmeBlocks
{
    internal static List<string> Of(string markdownFile) =>
        [.. Regex.Matches(File.ReadAllText(markdownFile), "```csharp\\n(.*?)```", RegexOptions.Singleline)
            .Select(m => Normalize(string.Join('\n', m.Groups[1].Value.Split('\n').Where(l => !l.StartsWith("using ", StringComparison.Ordinal)))))];

    internal static string Normalize(string code) =>
        string.Join('\n', code.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0));
}
