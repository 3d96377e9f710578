using System.Diagnostics;

namespace RoleModel.Cli.Tests;

/// <summary>The tool keeps no usage records: a run writes only the files docs/cli.md names.</summary>
public sealed class NoTelemetryTests
{
    private static readonly string Tool = Path.Combine(AppContext.BaseDirectory, "RoleModel.Cli.dll");
    private static readonly string RuntimeConfig = Path.Combine(AppContext.BaseDirectory, "RoleModel.Cli.runtimeconfig.json");
    private static readonly string DepsWithModel = Path.Combine(AppContext.BaseDirectory, "RoleModel.Cli.Tests.deps.json");

    [Fact]
    public async Task Suggest_WithAnEmptyHome_WritesNothingButTheDocumentedEmbeddingCache()
    {
        var home = Directory.CreateTempSubdirectory("rolemodel-home-");
        var work = Directory.CreateTempSubdirectory("rolemodel-work-");
        try
        {
            var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false, WorkingDirectory = work.FullName };
            // The tool finds its model beside an installed tool, or referenced by the build; here the test project's
            // dependency file is the one that references it (RoleModel.Discovery.MiniLM), so the model really runs.
            foreach (var arg in new[] { "exec", "--depsfile", DepsWithModel, "--runtimeconfig", RuntimeConfig, Tool })
            {
                start.ArgumentList.Add(arg);
            }

            foreach (var arg in new[] { "suggest", "--text", "Publish the town's data as open data" })
            {
                start.ArgumentList.Add(arg);
            }

            start.Environment["HOME"] = home.FullName;
            start.Environment["USERPROFILE"] = home.FullName;
            start.Environment["LOCALAPPDATA"] = Path.Combine(home.FullName, "AppData", "Local");
            start.Environment["APPDATA"] = Path.Combine(home.FullName, "AppData", "Roaming");
            foreach (var name in new[] { "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_CONFIG_HOME", "XDG_STATE_HOME", "ORT_DISABLE_TELEMETRY" })
            {
                start.Environment.Remove(name);
            }

            using var process = Process.Start(start)!;
            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEndAsync();
            using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
            await process.WaitForExitAsync(timeout.Token);

            var stderr = await error;
            process.ExitCode.Should().Be(0, stderr);
            stderr.Should().NotContain("character n-grams only", "the model must really run for the test to mean anything");
            (await output).Should().Contain("1.");
            var cache = OperatingSystem.IsWindows()
                ? Path.Combine("AppData", "Local", "rolemodel", "embeddings-minilm.bin")
                : Path.Combine(".local", "share", "rolemodel", "embeddings-minilm.bin");
            Directory.GetFiles(home.FullName, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(home.FullName, f))
                .Should().Equal([cache], "ONNX Runtime's telemetry (deviceid, onnxruntime.db) is off, and the cache is the one file docs/cli.md names");
            Directory.GetFileSystemEntries(work.FullName).Should().BeEmpty();
        }
        finally
        {
            home.Delete(recursive: true);
            work.Delete(recursive: true);
        }
    }
}
