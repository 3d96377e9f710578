using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace RoleModel.Cli.Tests;

/// <summary>
/// <c>patterns --similarity Activities --reference FILE</c>: a small labelled reference and a town's tasks (the real model),
/// and the usage errors of the two options.
/// </summary>
public sealed class PatternsActivitiesTests : IDisposable
{
    private const string KnownAt = "2026-06-01T00:00:00Z";

    private static readonly Dictionary<string, string> Activities = new()
    {
        ["act-inspect"] = "Inspect equipment, structures or materials",
        ["act-budget"] = "Prepare budgets or financial reports",
        ["act-train"] = "Train staff or volunteers",
        ["act-clean"] = "Clean facilities or vehicles",
    };

    private readonly string cache = Path.Combine(Path.GetTempPath(), "rolemodel-patterns-" + Guid.NewGuid().ToString("N") + ".bin");

    /// <summary>Four roles whose twelve tasks are linked to one of four activities each.</summary>
    private readonly TemporaryFile reference = new(Document("reference", true, new()
    {
        ["facility-manager"] = [("Inspect boilers and heating plants for leaks", "act-inspect"), ("Prepare the annual maintenance budget", "act-budget"), ("Train caretakers in safety rules", "act-train")],
        ["building-inspector"] = [("Examine building structures for cracks and corrosion", "act-inspect"), ("Inspect electrical installations for faults", "act-inspect"), ("Instruct new inspectors in inspection methods", "act-train")],
        ["treasurer"] = [("Draw up budget forecasts for departments", "act-budget"), ("Prepare quarterly financial statements", "act-budget"), ("Coach clerks in accounting software", "act-train")],
        ["caretaker"] = [("Clean schools and public halls", "act-clean"), ("Wash municipal vehicles", "act-clean"), ("Check roofs and gutters for damage", "act-inspect")],
    }), "reference.json");

    /// <summary>A town's two roles: two inspections worded differently (few shared words), and one task of other work.</summary>
    private readonly TemporaryFile town = new(Document("town", false, new()
    {
        ["heating-engineer"] = [("Inspect heating systems in public buildings", null), ("Order spare parts", null)],
        ["water-works"] = [("Check water pipes and valves for damage", null)],
    }), "town.json");

    public void Dispose()
    {
        File.Delete(cache);
        reference.Dispose();
        town.Dispose();
    }

    [Fact]
    public void Activities_TwoInspectionsWordedDifferently_AreGroupedWhereTheLexicalSimilarityKeepsThemApart()
    {
        var lexical = CliRunner.Run("patterns", town.Path, "--known-at", KnownAt, "--format", "json");
        var activities = Patterns("--format", "json");

        lexical.ExitCode.Should().Be(0, lexical.Error);
        activities.ExitCode.Should().Be(0, activities.Error);
        Members(lexical.Out).Should().BeEmpty("the two inspections share too few words for the lexical threshold 0.35");
        Members(activities.Out).Should().ContainSingle().Which.Should().BeEquivalentTo(["heating-engineer/t0", "water-works/t0"],
            "both are suggested the reference's activity 'Inspect equipment, structures or materials' with confidence");
    }

    [Fact]
    public void Activities_SameInput_SameReportByteForByte()
    {
        var first = Patterns();
        var second = Patterns();

        first.ExitCode.Should().Be(0, first.Error);
        first.Out.Should().Contain("Check water pipes and valves for damage");
        second.Out.Should().Be(first.Out);
    }

    [Fact]
    public void Activities_ThresholdGiven_OverridesTheMeasuredDefault()
    {
        var result = Patterns("--format", "json", "--similarity-threshold", "0.99");

        result.ExitCode.Should().Be(0, result.Error);
        Members(result.Out).Should().BeEmpty("no two tasks agree that closely");
    }

    [Theory]
    [InlineData("Lexical", "--reference works only with --similarity Activities")]
    [InlineData("Embeddings", "--reference works only with --similarity Activities")]
    public void Reference_WithoutActivities_IsAUsageError(string similarity, string message)
    {
        var result = CliRunner.Run("patterns", town.Path, "--similarity", similarity, "--reference", reference.Path);

        result.ExitCode.Should().Be(2);
        result.Error.Should().Contain(message);
        result.Out.Should().BeEmpty();
    }

    [Fact]
    public void Activities_WithoutReference_IsAUsageErrorThatSaysWhatToGive()
    {
        var result = CliRunner.Run("patterns", town.Path, "--similarity", "Activities");

        result.ExitCode.Should().Be(2);
        result.Error.Should().Contain("--similarity Activities needs --reference FILE").And.Contain("rolemodel import onet");
    }

    [Fact]
    public void Evaluate_WithReference_IsAUsageError()
    {
        var result = CliRunner.Run("patterns", "--evaluate", reference.Folder, "--similarity", "Activities", "--reference", reference.Path);

        result.ExitCode.Should().Be(2);
        result.Error.Should().Contain("--evaluate takes its reference from the O*NET release itself");
    }

    [Fact]
    public void Reference_Missing_IsAUsageErrorNamingTheFile()
    {
        var missing = Path.Combine(reference.Folder, "missing.json");

        var result = Patterns(missing);

        result.ExitCode.Should().Be(2);
        result.Error.Should().Contain($"the reference '{missing}' given with --reference does not exist.");
        File.Exists(missing).Should().BeFalse("the reference is only read");
    }

    [Fact]
    public void Reference_Missing_IsToldInGerman()
    {
        var missing = Path.Combine(reference.Folder, "missing.json");

        var result = CliRunner.RunIn(CultureInfo.GetCultureInfo("de-DE"), "patterns", town.Path, "--similarity", "Activities", "--reference", missing);

        result.ExitCode.Should().Be(2);
        result.Error.Should().Contain($"die mit --reference angegebene Referenz '{missing}' gibt es nicht.");
    }

    [Fact]
    public void Reference_AFolder_IsAUsageError()
    {
        var result = Patterns(reference.Folder);

        result.ExitCode.Should().Be(2);
        result.Error.Should().Contain($"the reference '{reference.Folder}' given with --reference is a folder, not a file.");
    }

    [Fact]
    public void Reference_Unreadable_FailsNamingTheFileAndTheReason()
    {
        if (!File.Exists("/proc/self/mem"))
        {
            return; // Not Linux: no file here that exists but cannot be read by its owner.
        }

        var result = Patterns("/proc/self/mem");

        result.ExitCode.Should().Be(1);
        result.Error.Should().StartWith("rolemodel: error: the reference '/proc/self/mem' given with --reference cannot be read: ");
        result.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries).Should().ContainSingle("one plain line, no stack trace");
    }

    [Fact]
    public void Reference_NotAValidDocument_FailsWithItsLocatedProblems()
    {
        using var broken = new TemporaryFile("""{"schemaVersion": "1.0", "roles": 5}"""u8.ToArray(), "broken.json");

        var result = Patterns(broken.Path);

        result.ExitCode.Should().Be(1);
        result.Error.Should().Contain(broken.Path + ":1:").And.Contain($"{broken.Path} is not a valid RoleModel document");
        result.Out.Should().BeEmpty();
    }

    [Fact]
    public void Reference_WithoutLabelledTasks_FailsSayingWhatAReferenceNeeds()
    {
        var result = Patterns(town.Path);

        result.ExitCode.Should().Be(1);
        result.Error.Should().Contain($"the reference '{town.Path}' has no task linked to an activity").And.Contain("kind 'activity'");
        CliRunner.RunIn(CultureInfo.GetCultureInfo("de-DE"), "patterns", town.Path, "--similarity", "Activities", "--reference", town.Path, "--embedding-cache", cache)
            .Error.Should().Contain("hat keine mit einer Tätigkeit verknüpfte Aufgabe");
    }

    private CliResult Patterns(params string[] more) => more.Length > 0 && !more[0].StartsWith("--", StringComparison.Ordinal)
        ? CliRunner.Run(["patterns", town.Path, "--similarity", "Activities", "--reference", more[0], "--embedding-cache", cache, "--known-at", KnownAt, .. more[1..]])
        : CliRunner.Run(["patterns", town.Path, "--similarity", "Activities", "--reference", reference.Path, "--embedding-cache", cache, "--known-at", KnownAt, .. more]);

    /// <summary>Each pattern's members as role/task, sorted.</summary>
    private static List<List<string>> Members(string json)
    {
        using var document = JsonDocument.Parse(json);
        return [.. document.RootElement.GetProperty("patterns").EnumerateArray()
            .Select(p => p.GetProperty("members").EnumerateArray().Select(m => m.GetProperty("role").GetString() + "/" + m.GetProperty("task").GetString()).Order(StringComparer.Ordinal).ToList())];
    }

    /// <summary>A valid document of roles whose tasks (title, and the activity it uses when <paramref name="labelled"/>) start on 2025-01-01.</summary>
    private static byte[] Document(string id, bool labelled, Dictionary<string, (string Title, string? Activity)[]> roles)
    {
        var document = new JsonObject { ["schemaVersion"] = "1.0", ["id"] = id, ["version"] = "1", ["issued"] = "2025-01-01" };
        if (labelled)
        {
            document["frameworks"] = new JsonArray(new JsonObject
            {
                ["id"] = "work",
                ["name"] = new JsonObject { ["en"] = "Work activities" },
                ["competencies"] = new JsonArray([.. Activities.Select(a => (JsonNode)new JsonObject { ["id"] = a.Key, ["kind"] = "activity", ["name"] = new JsonObject { ["en"] = a.Value } })]),
            });
        }

        document["roles"] = new JsonArray([.. roles.Keys.Select(r => (JsonNode)new JsonObject { ["id"] = r, ["title"] = new JsonObject { ["en"] = r } })]);
        document["histories"] = new JsonArray([.. roles.Select(r => (JsonNode)new JsonObject
        {
            ["role"] = r.Key,
            ["changes"] = new JsonArray([.. r.Value.Select((t, i) =>
            {
                var task = new JsonObject { ["id"] = $"t{i}", ["title"] = new JsonObject { ["en"] = t.Title }, ["share"] = 0.3, ["origin"] = "assigned", ["status"] = "active" };
                if (t.Activity is not null)
                {
                    task["uses"] = new JsonArray(new JsonObject { ["competency"] = t.Activity });
                }

                return (JsonNode)new JsonObject
                {
                    ["id"] = $"{r.Key}-{i}", ["kind"] = "taskAdded", ["effective"] = "2025-01-01", ["recorded"] = "2025-01-01T00:00:00Z", ["author"] = "test", ["task"] = task,
                };
            })]),
        })]);
        return Encoding.UTF8.GetBytes(document.ToJsonString());
    }
}
