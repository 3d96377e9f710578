using System.Diagnostics;
using System.Globalization;
using RoleModel.Interop.Esco;

namespace RoleModel.Benchmarks.Interop;

/// <summary>
/// Peak memory of one full ESCO import in a fresh process (BenchmarkDotNet reports allocations, not peaks):
/// <c>dotnet run -c Release --project src/RoleModel.Benchmarks -- peak-memory</c>.
/// </summary>
internal static class PeakMemory
{
    public static void Run()
    {
        var before = Process.GetCurrentProcess().PeakWorkingSet64;
        var watch = Stopwatch.StartNew();
        var result = EscoImporter.Import(SharedData.Path("esco", "v1.1.1"));
        watch.Stop();
        var retained = GC.GetTotalMemory(forceFullCollection: true);
        var info = GC.GetGCMemoryInfo();
        using var process = Process.GetCurrentProcess();
        process.Refresh();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"ESCO v1.1.1 import (cold, first run in process): {watch.Elapsed.TotalMilliseconds:F0} ms, {result.Catalogue!.Roles.Length} roles\n" +
            $"peak working set: {process.PeakWorkingSet64 / 1048576.0:F0} MiB (before import: {before / 1048576.0:F0} MiB)\n" +
            $"managed heap retained by the result: {retained / 1048576.0:F0} MiB; GC heap peak seen by last GC: {info.HeapSizeBytes / 1048576.0:F0} MiB"));
        GC.KeepAlive(result);
    }
}
