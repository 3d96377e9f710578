namespace RoleModel.Cli.Tests.Reports;

/// <summary>report and describe as real processes: exit codes, streams and files as a shell sees them.</summary>
public sealed class ReportProcessTests : IDisposable
{
    private readonly TemporaryFile folder = new([], "unused");

    public void Dispose() => folder.Dispose();

    [Fact]
    public void Report_MainJob_ExitsWith0AndWritesThePage()
    {
        var target = Path.Combine(folder.Folder, "report.html");

        var result = ProcessTests.RunProcess("report", "--role", "cdo", "--from", "2022-01-01", "--to", "2026-01-01", "--out", target);

        result.ExitCode.Should().Be(0, result.Error);
        result.Out.Should().Contain("report of role 'cdo' from 2022-01-01 to 2026-01-01");
        File.ReadAllText(target).Should().Contain("<h1 lang=\"en\">").And.EndWith("</html>\n");
    }

    [Fact]
    public void Describe_ToStandardOutput_ExitsWith0()
    {
        var result = ProcessTests.RunProcess("describe", "--role", "cdo", "--as-of", "2024-06-30", "--format", "md", "--lang", "en");

        result.ExitCode.Should().Be(0, result.Error);
        result.Out.Should().StartWith("# Job description");
    }

    [Fact]
    public void Report_WithoutOut_ExitsWith2WithOneLine()
    {
        var result = ProcessTests.RunProcess("report", "--role", "cdo");

        result.ExitCode.Should().Be(2);
        result.Error.Should().StartWith("rolemodel: error:").And.NotContain("   at ");
    }
}
