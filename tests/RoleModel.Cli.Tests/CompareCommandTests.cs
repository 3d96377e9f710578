using System.Text.Json;
using System.Text.Json.Nodes;
using RoleModel.Serialization;

namespace RoleModel.Cli.Tests;

public sealed class CompareCommandTests
{
    private static readonly string SamplePath = Path.Combine(RepositoryPaths.Samples, "municipal.json");

    [Fact]
    public void Compare_CopyWithOneRoleRemovedAndOneTitleChanged_ListsBothWithTitles()
    {
        var (removed, retitled, copy) = ChangedCopy();
        using var file = new TemporaryFile(copy, "changed.json");

        var text = CliRunner.Run("compare", SamplePath, file.Path);
        var json = CliRunner.Run("compare", SamplePath, file.Path, "--format", "json");

        text.ExitCode.Should().Be(0, text.Error);
        text.Out.Should().Contain("1 role removed").And.Contain("1 role relabelled").And.Contain(removed.Title.Get(English)).And.Contain("Renamed role");
        using var differences = JsonDocument.Parse(json.Out);
        var list = differences.RootElement.GetProperty("differences").EnumerateArray().ToList();
        list.Should().Contain(d => d.GetProperty("change").GetString() == "removed" && d.GetProperty("id").GetString() == removed.Id && d.GetProperty("area").GetString() == "role");
        list.Should().Contain(d => d.GetProperty("change").GetString() == "relabelled" && d.GetProperty("id").GetString() == retitled.Id
            && d.GetProperty("title").GetString() == "Renamed role" && d.GetProperty("detail").GetString()!.Contains(retitled.Title.Get(English)!, StringComparison.Ordinal));
    }

    [Fact]
    public void Compare_SameDocument_SaysThereIsNoDifference()
    {
        var result = CliRunner.Run("compare", SamplePath, SamplePath);

        result.ExitCode.Should().Be(0);
        result.Out.Should().Contain("have the same roles, requirements, competencies and histories");
    }

    [Fact]
    public void Compare_AfterAppend_ListsTheHistoryChange()
    {
        using var file = new TemporaryFile(File.ReadAllBytes(SamplePath));
        var change = Path.Combine(file.Folder, "change.json");
        File.WriteAllText(change, """{ "id": "cdo-retire-radar", "kind": "taskRetired", "effective": "2026-02-01", "author": "hr-office", "task": "innovation-radar" }""");
        CliRunner.Run("append", file.Path, "--role", "cdo", "--change", change, "--recorded-at", "2026-02-01T08:00:00Z").ExitCode.Should().Be(0);

        var result = CliRunner.Run("compare", SamplePath, file.Path);

        result.Out.Should().Contain("1 history changed").And.Contain("1 change added (cdo-retire-radar)");
    }

    [Fact]
    public void Compare_InvalidNewDocument_FailsWithItsProblems()
    {
        var result = CliRunner.Run("compare", SamplePath, Path.Combine(RepositoryPaths.Samples, "invalid", "several-problems.json"));

        result.ExitCode.Should().Be(1);
        result.Error.Should().Contain("error RM");
    }

    private static readonly System.Globalization.CultureInfo English = System.Globalization.CultureInfo.GetCultureInfo("en");

    /// <summary>
    /// The sample without the first role whose removal (with the people's assignments to it) leaves a valid document,
    /// and with another role's English title changed.
    /// </summary>
    private static (Role Removed, Role Retitled, byte[] Copy) ChangedCopy()
    {
        var sample = File.ReadAllBytes(SamplePath);
        var catalogue = RoleModelJson.Read(sample).Catalogue!;
        foreach (var candidate in catalogue.Roles)
        {
            var document = JsonNode.Parse(sample)!.AsObject();
            var roles = document["roles"]!.AsArray();
            roles.Remove(roles.First(r => r!["id"]!.GetValue<string>() == candidate.Id));
            foreach (var assignments in document["people"]?.AsArray().Select(p => p!["assignments"]).OfType<JsonArray>() ?? [])
            {
                foreach (var assignment in assignments.Where(a => a!["role"]!.GetValue<string>() == candidate.Id).ToList())
                {
                    assignments.Remove(assignment);
                }
            }

            var retitled = roles[0]!;
            retitled["title"]!["en"] = "Renamed role";
            var copy = System.Text.Encoding.UTF8.GetBytes(document.ToJsonString());
            if (RoleModelJson.Read(copy).IsValid)
            {
                return (candidate, catalogue.FindRole(retitled["id"]!.GetValue<string>())!, copy);
            }
        }

        throw new InvalidOperationException("Every role of the sample is referenced, so none can be removed; the test needs another way to remove one.");
    }
}
