using System.Text.Json;
using RoleModel.Serialization;

namespace RoleModel.Cli.Tests;

public sealed class SchemaCommandTests
{
    [Fact]
    public void Schema_PrintsTheSchemaShippedWithTheLibrary()
    {
        var result = CliRunner.Run("schema");

        result.ExitCode.Should().Be(0);
        result.Out.Trim().Should().Be(RoleModelJson.GetSchema().Trim());
        using var schema = JsonDocument.Parse(result.Out);
        schema.RootElement.GetProperty("$schema").GetString().Should().Contain("2020-12");
    }
}
