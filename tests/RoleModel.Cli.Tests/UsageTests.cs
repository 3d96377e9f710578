namespace RoleModel.Cli.Tests;

public sealed class UsageTests
{
    [Theory]
    [InlineData("no-such-command")]
    [InlineData("show")]
    [InlineData("show", "--role", "cdo", "--as-of", "2024-02-30")]
    [InlineData("show", "--role", "cdo", "--known-at", "yesterday")]
    [InlineData("show", "--role", "cdo", "--format", "xml")]
    public void Run_WrongUsage_ExitsWith2AndPlainMessages(params string[] args)
    {
        var result = CliRunner.Run(args);

        result.ExitCode.Should().Be(2);
        result.Out.Should().BeEmpty();
        result.Error.Should().StartWith("rolemodel: error: ").And.Contain("Run 'rolemodel --help' for usage.");
        result.Error.Should().NotContain("   at ");
    }

    [Fact]
    public void Validate_UnknownOption_IsAUsageError()
    {
        var result = CliRunner.Run("validate", "--no-such-option");

        result.ExitCode.Should().Be(2);
        result.Error.Trim().Should().Be("rolemodel: error: '--no-such-option' is neither an option of this command nor an existing file; run 'rolemodel --help' for usage.");
    }

    [Fact]
    public void Run_MalformedDate_SaysWhichValueAndWhichPatternWasExpected() =>
        CliRunner.Run("show", "--role", "cdo", "--as-of", "01.02.2024").Error
            .Should().Contain("'01.02.2024' is not a valid date for --as-of; expected yyyy-MM-dd");

    [Theory]
    [InlineData("validate")]
    [InlineData("find")]
    [InlineData("compare")]
    [InlineData("append")]
    [InlineData("propose")]
    [InlineData("decide")]
    [InlineData("show")]
    [InlineData("schema")]
    [InlineData("history")]
    [InlineData("diff")]
    [InlineData("drift")]
    [InlineData("gap")]
    [InlineData("match")]
    [InlineData("coverage")]
    [InlineData("export")]
    [InlineData("import")]
    public void Help_OfEveryCommand_ShowsAnExample(string command)
    {
        var result = CliRunner.Run(command, "--help");

        result.ExitCode.Should().Be(0);
        result.Out.Should().Contain("Example:").And.Contain($"rolemodel {command}");
    }

    [Fact]
    public void Console_WithNoColorOrWithoutTerminal_UsesNoColour()
    {
        new CliConsole(TextWriter.Null, TextWriter.Null, IsTerminal: true, NoColor: false).UseColor.Should().BeTrue();
        new CliConsole(TextWriter.Null, TextWriter.Null, IsTerminal: true, NoColor: true).UseColor.Should().BeFalse();
        new CliConsole(TextWriter.Null, TextWriter.Null, IsTerminal: false, NoColor: false).UseColor.Should().BeFalse();
    }
}
