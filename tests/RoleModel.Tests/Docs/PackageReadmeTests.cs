using NodaTime;
using RoleModel.Analysis;
using RoleModel.History;
using RoleModel.Serialization;
using RoleModel.Tests.Serialization;

namespace RoleModel.Tests.Docs;

/// <summary>
/// The examples of the NuGet package's README (src/RoleModel/README.md), kept compiling and true: the test runs them
/// verbatim and checks what they print, and checks that every C# block of the README is the code below.
/// </summary>
[Collection(nameof(ConsoleOutput))]
public sealed class PackageReadmeTests
{
    private static readonly string Readme = Path.Combine(TestPaths.RepositoryRoot, "src", "RoleModel", "README.md");

    [Fact]
    public void Examples_Run_AndPrintWhatTheCommentsSay()
    {
        var printed = ConsoleOutput.Capture(RunExamples);

        printed.Should().Equal(Expected);
    }

    [Fact]
    public void Readme_EveryCSharpBlock_IsTheCodeThatRunsHere()
    {
        var source = ReadmeBlocks.Normalize(File.ReadAllText(Path.Combine(TestPaths.RepositoryRoot, "tests", "RoleModel.Tests", "Docs", "PackageReadmeTests.cs")));

        ReadmeBlocks.Of(Readme).Should().HaveCount(5).And.OnlyContain(block => source.Contains(block, StringComparison.Ordinal));
    }

    [Fact]
    public void Readme_IsWrittenForPackageUsers()
    {
        var text = File.ReadAllText(Readme);

        text.Should().NotContain("dotnet run").And.NotContain("docs/samples").And.NotContain("src/").And.NotContain("](docs/");
    }

    [Fact]
    public void RecordingExample_AddsAChangeToTheCdosHistoryOfTheSample_AndKeepsEveryMember()
    {
        var townPath = Path.Combine(Path.GetTempPath(), $"town-{Guid.NewGuid():N}.json");
        var sample = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(Path.Combine(TestPaths.Samples, "municipal.json")))!.AsObject();
        sample["hr:exported"] = "2026-01-15"; // an unknown member of the catalogue: it must survive too
        File.WriteAllText(townPath, sample.ToJsonString());
        var before = RoleModelJson.Read(File.ReadAllBytes(townPath)).Catalogue!;
        try
        {
            var printed = ConsoleOutput.Capture(() => RunRecordingExample(townPath));

            printed.Should().Equal("True", "5");
            var after = RoleModelJson.Read(File.ReadAllBytes(townPath));
            after.IsValid.Should().BeTrue();
            var written = after.Catalogue!;
            written.Lineage.Should().Equal(before.Lineage).And.NotBeEmpty();
            written.Extensions.Should().Be(before.Extensions);
            written.Extensions.IsEmpty.Should().BeFalse();
            written.Frameworks.Should().Equal(before.Frameworks);
            written.Roles.Should().Equal(before.Roles);
            written.People.Should().Equal(before.People);
            written.Histories.Where(h => h.RoleId != "cdo").Should().Equal(before.Histories.Where(h => h.RoleId != "cdo"));
            written.FindHistory("cdo")!.Changes.Should().HaveCount(before.FindHistory("cdo")!.Changes.Length + 1);
        }
        finally
        {
            File.Delete(townPath);
        }
    }

    private static void RunRecordingExample(string townPath)
    {
        var town = RoleModelJson.Read(File.ReadAllBytes(townPath)).Catalogue!;  // a valid document, such as the tool's municipal sample
        var radar = town.FindHistory("cdo")!.AsKnownAt(Instant.MaxValue)
            .ProjectOn(new LocalDate(2026, 2, 1)).Tasks.Find("innovation-radar")!;
        var recording = town.Record("cdo", [
            RoleChange.ChangeTask("cdo-18", new LocalDate(2026, 2, 1), Instant.FromUtc(2026, 1, 20, 9, 0), "cdo-holder",
                radar.WithShare(5), reason: "The radar runs in the open-data team now.")]);
        foreach (var problem in recording.Report.Errors)
            Console.WriteLine(problem);                                           // what refused it, located in the document
        if (recording.IsRecorded)                                                 // the catalogue with the change: lineage,
            File.WriteAllBytes(townPath, RoleModelJson.WriteToUtf8Bytes(recording.Catalogue)); // unknown members and all
        Console.WriteLine(recording.IsRecorded);                                  // True
        Console.WriteLine(recording.Catalogue.FindHistory("cdo")!.AsKnownAt(Instant.MaxValue)
            .ProjectOn(new LocalDate(2026, 2, 1)).Tasks.Find("innovation-radar")!.Share); // 5
    }

    private static readonly string[] Expected =
    [
        "True",
        "fit 0.75",
        "strategy: PartlyMet, 1 level short",
        "e-file: 50 % (Assigned)",
        "ai-pilot: 30 % (SelfInitiated)",
        "30",
        "102:9: warning RM112: From 2024-01-01 to 2024-05-31: The self-initiated tasks of role 'cdo' take 0 % of working time, 30 points short of the minimum of 30 % its openness expects. ($.histories[0].changes[0])",
        "True",
    ];

    private static void RunExamples()
    {
        var framework = new CompetencyFramework("municipal", LocalizedText.Of("en", "Municipal digital competencies"),
            scales: [ProficiencyScale.CreateEcfStyle()],                    // levels e-1 .. e-5
            competencies: [new("strategy", CompetencyKind.Skill, LocalizedText.Of("en", "Digital strategy"))]);

        // A Chief Digital Officer has no fixed duty list: 30-80 % of the work is found by the holder.
        var cdo = new Role("cdo", LocalizedText.Of("en", "Chief Digital Officer"),
            RoleOpenness.Open(new ShareRange(30, 80)),
            purpose: LocalizedText.Of("en", "Drive the digital transformation of the municipality."),
            requirements: [new CompetencyRequirement("strategy", new LevelReference("e-cf", "e-4"))]);

        var anna = new Person("anna", [new CompetencyAssessment("strategy", new LevelReference("e-cf", "e-3"),
            new LocalDate(2025, 3, 1), AssessmentSource.Manager)]);

        var catalogue = new Catalogue([framework], [cdo], [anna]);
        Console.WriteLine(catalogue.Validate().IsValid);                    // True; else coded problems with JSON paths

        var gap = FitAnalysis.Analyze(catalogue, cdo, anna, new LocalDate(2026, 1, 1));
        Console.WriteLine($"fit {gap.Score:0.00}");                         // fit 0.75: e-3 held, e-4 required
        foreach (var requirement in gap.Requirements)
            Console.WriteLine($"{requirement.Requirement.Id}: {requirement.Status}, {requirement.LevelGap} level short");

        var history = new RoleHistory(cdo, [
            RoleChange.AddTask("c1", new LocalDate(2024, 1, 1), Instant.FromUtc(2023, 12, 1, 9, 0), "hr-office",
                new RoleTask("e-file", LocalizedText.Of("en", "Introduce the e-file"), 50)),
            RoleChange.AddTask("c2", new LocalDate(2024, 6, 1), Instant.FromUtc(2024, 6, 3, 9, 0), "anna",
                new RoleTask("ai-pilot", LocalizedText.Of("en", "Pilot AI assistance for case workers"), 30, TaskOrigin.SelfInitiated)),
        ]);

        var asKnownToday = history.AsKnownAt(Instant.FromUtc(2026, 1, 1, 0, 0));
        var cdoInJuly2024 = asKnownToday.ProjectOn(new LocalDate(2024, 7, 1));   // the role and its task profile that day
        foreach (var task in cdoInJuly2024.Tasks.Tasks)
            Console.WriteLine($"{task.Id}: {task.Share} % ({task.Origin})");      // e-file: 50 % (Assigned), ai-pilot: 30 % (SelfInitiated)
        Console.WriteLine(cdoInJuly2024.Tasks.SelfInitiatedShare);                // 30

        var withHistory = new Catalogue([framework], [cdo], [anna], histories: [history]);
        var path = Path.Combine(Path.GetTempPath(), "roles.json");
        File.WriteAllBytes(path, RoleModelJson.WriteToUtf8Bytes(withHistory));   // indented; the same model gives the same bytes

        var read = RoleModelJson.Read(File.ReadAllBytes(path));                  // a document from anywhere, also a broken one
        foreach (var problem in read.Report.Problems)
            Console.WriteLine(problem);                                          // coded, located, never an exception:
        // 102:9: warning RM112: From 2024-01-01 to 2024-05-31: The self-initiated tasks of role 'cdo' take 0 % of working time,
        // 30 points short of the minimum of 30 % its openness expects. ($.histories[0].changes[0])
        Console.WriteLine(read.IsValid && read.Catalogue!.Equals(withHistory)); // True
    }
}
