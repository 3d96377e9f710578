using System.Text;
using System.Text.Json;

namespace RoleModel.Cli.Tests;

/// <summary>The tool says what the library says of a role derived from an open template without an openness of its own: open, and its self-initiated task is no RM109.</summary>
public sealed class TemplateOpennessCommandTests
{
    private const string Document = """
        {
          "schemaVersion": "1.0",
          "roles": [
            {"id": "municipal-cdo", "title": {"en": "Municipal CDO"}, "openness": {"kind": "open", "minSelfDirectedShare": 10, "maxSelfDirectedShare": 40}},
            {"id": "town-cdo", "title": {"en": "Town CDO"}, "template": {"role": "municipal-cdo"}}
          ],
          "histories": [
            {
              "role": "town-cdo",
              "changes": [
                {
                  "id": "c1", "kind": "taskAdded", "effective": "2025-01-01", "recorded": "2025-01-02T09:00:00Z", "author": "p-1",
                  "task": {"id": "radar", "title": {"en": "Innovation radar"}, "share": 20, "origin": "selfInitiated", "status": "active"}
                }
              ]
            }
          ]
        }
        """;

    [Fact]
    public void ValidateAndShow_RoleDerivedFromAnOpenTemplate_IsOpenAndItsSelfInitiatedTaskIsValid()
    {
        using var file = new TemporaryFile(Encoding.UTF8.GetBytes(Document));

        var validate = CliRunner.Run("validate", file.Path);
        var show = CliRunner.Run("show", file.Path, "--role", "town-cdo", "--as-of", "2025-06-01", "--known-at", "2026-01-01T00:00:00Z", "--format", "json");

        validate.ExitCode.Should().Be(0, validate.Out + validate.Error);
        validate.Out.Should().NotContain("RM109");
        show.ExitCode.Should().Be(0, show.Error);
        using var json = JsonDocument.Parse(show.Out);
        var role = json.RootElement;
        role.GetProperty("openness").GetString().Should().Be("open");
        role.GetProperty("maxSelfDirectedShare").GetDecimal().Should().Be(40m);
    }
}
