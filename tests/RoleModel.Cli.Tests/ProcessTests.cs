using System.Diagnostics;

namespace RoleModel.Cli.Tests;

/// <summary>The tool as a real process: exit codes and streams as a shell or pipeline sees them.</summary>
public sealed class ProcessTests
{
    private static readonly string Tool = Path.Combine(AppContext.BaseDirectory, "RoleModel.Cli.dll");

    [Fact]
    public void Validate_BundledSample_ExitsWith0()
    {
        var result = RunProcess("validate");

        result.ExitCode.Should().Be(0);
        result.Out.Should().Contain("valid");
    }

    [Fact]
    public void Validate_InvalidDocument_ExitsWith1()
    {
        var result = RunProcess("validate", Path.Combine(RepositoryPaths.Samples, "invalid", "syntax.json"));

        result.ExitCode.Should().Be(1);
        result.Out.Should().Contain("error RM001");
    }

    [Fact]
    public void Validate_MissingFile_ExitsWith2WithOneLineAndNoStackTrace()
    {
        var result = RunProcess("validate", "missing.json");

        result.ExitCode.Should().Be(2);
        result.Error.Trim().Split('\n').Should().ContainSingle().Which.Should().StartWith("rolemodel: error:");
    }

    [Fact]
    public void Run_UnknownCommand_ExitsWith2()
    {
        var result = RunProcess("frobnicate");

        result.ExitCode.Should().Be(2);
        result.Error.Should().NotContain("   at ");
    }

    private static CliResult RunProcess(params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Tool);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["NO_COLOR"] = "1";
        using var process = Process.Start(start)!;
        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(1)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"rolemodel {string.Join(' ', args)} did not end within a minute.");
        }

        return new CliResult(process.ExitCode, output.Result, error.Result);
    }
}
