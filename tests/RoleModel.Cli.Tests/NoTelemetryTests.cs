using System.Diagnostics;

namespace RoleModel.Cli.Tests;

/// <summary>The tool keeps no usage records: a run writes only the files docs/cli.md names.</summary>
public sealed class NoTelemetryTests
{
    private static readonly string Tool = Path.Combine(AppContext.BaseDirectory, "RoleModel.Cli.dll");

    [Fact]
    public async Task Suggest_WithAnEmptyHome_WritesNothingButTheDocumentedEmbeddingCache()
    {
        var home = Directory.CreateTempSubdirectory("rolemodel-home-");
        var work = Directory.CreateTempSubdirectory("rolemodel-work-");
        try
        {
            var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false, WorkingDirectory = work.FullName };
            start.ArgumentList.Add(Tool);
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

            process.ExitCode.Should().Be(0, await error);
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
