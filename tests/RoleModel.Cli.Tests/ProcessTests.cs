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

    [Fact]
    public void Import_FailingRun_LeavesTheExistingOutputFileUntouched()
    {
        using var existing = new TemporaryFile("precious"u8.ToArray(), "out.json");
        var broken = Directory.CreateDirectory(Path.Combine(existing.Folder, "broken")).FullName;

        var result = RunProcess("import", "esco", broken, "--out", existing.Path);

        result.ExitCode.Should().Be(1);
        File.ReadAllText(existing.Path).Should().Be("precious");
        Directory.GetFiles(existing.Folder).Should().ContainSingle();
    }

    [Fact]
    public void Export_SucceedingRun_ReplacesTheOutputFileWhole()
    {
        using var existing = new TemporaryFile("old"u8.ToArray(), "case.json");

        var result = RunProcess("export", "case", "--framework", "municipal-digital", "--out", existing.Path);

        result.ExitCode.Should().Be(0, result.Error);
        using var package = System.Text.Json.JsonDocument.Parse(File.ReadAllBytes(existing.Path));
        package.RootElement.GetProperty("CFDocument").ValueKind.Should().Be(System.Text.Json.JsonValueKind.Object);
        Directory.GetFiles(existing.Folder).Should().ContainSingle();
    }

    internal static CliResult RunProcess(params string[] args)
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
