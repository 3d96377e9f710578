using System.Text.Json;

namespace RoleModel.Cli.Tests;

public sealed class ShowCommandTests
{
    [Fact]
    public void Show_RoleOfTheSample_PrintsItsDefinition()
    {
        var result = CliRunner.Run("show", "--role", "cdo");

        result.ExitCode.Should().Be(0);
        result.Out.Should().Contain("(cdo)").And.Contain("Openness: open").And.Contain("digital-strategy");
        result.Out.Should().NotContain("\u001b[", "no colour codes when the output is not a terminal");
    }

    [Fact]
    public void Show_DerivedRole_PrintsItsEffectiveRequirements()
    {
        var result = CliRunner.Run("show", "--role", "cdo-small-town", "--format", "json");

        using var json = JsonDocument.Parse(result.Out);
        json.RootElement.GetProperty("id").GetString().Should().Be("cdo-small-town");
        json.RootElement.GetProperty("requirements").GetArrayLength().Should().BePositive("the template's requirements are inherited");
    }

    [Fact]
    public void Show_UnknownRole_FailsWithTheRolesThatExist()
    {
        var result = CliRunner.Run("show", "--role", "mayor");

        result.ExitCode.Should().Be(1);
        result.Error.Trim().Should().StartWith("rolemodel: error: there is no role 'mayor'; roles: cdo,");
    }

    [Fact]
    public void Show_InvalidDocument_FailsWithItsProblems()
    {
        var result = CliRunner.Run("show", Path.Combine(RepositoryPaths.Samples, "invalid", "duplicate-id.json"), "--role", "clerk");

        result.ExitCode.Should().Be(1);
        result.Error.Should().Contain("error RM101").And.Contain("is not a valid RoleModel document");
    }
}
