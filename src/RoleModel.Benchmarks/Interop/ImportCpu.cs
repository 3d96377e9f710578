using System.Diagnostics;
using System.Globalization;

namespace RoleModel.Benchmarks.Interop;

/// <summary>
/// Wall-clock and process CPU time of the ESCO import against the bare parse of the same files, alternated in one
/// process (BenchmarkDotNet gives wall-clock time only): <c>dotnet run -c Release --project src/RoleModel.Benchmarks -- import-cpu [PAIRS]</c>.
/// </summary>
internal static class ImportCpu
{
    public static void Run(int pairs)
    {
        var benchmarks = new EscoImportBenchmarks();
        benchmarks.Setup();
        var bare = new List<Sample>();
        var import = new List<Sample>();
        for (var pair = 0; pair < pairs + 2; pair++)
        {
            var b = Measure(() => GC.KeepAlive(benchmarks.BareParse()));
            var i = Measure(() => GC.KeepAlive(benchmarks.Import()));
            if (pair >= 2)
            {
                // The first two pairs warm up (JIT, tiering, the file cache).
                bare.Add(b);
                import.Add(i);
            }
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"ESCO v1.1.1, {pairs} alternated pairs after 2 warm-up pairs (median, min-max):"));
        Print("bare parse", bare, null);
        Print("import", import, bare);
    }

    private static Sample Measure(Action action)
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        using var process = Process.GetCurrentProcess();
        var cpu = process.TotalProcessorTime;
        var pause = GC.GetTotalPauseDuration();
        var allocated = GC.GetTotalAllocatedBytes(precise: true);
        var watch = Stopwatch.StartNew();
        action();
        watch.Stop();
        process.Refresh();
        return new(
            watch.Elapsed.TotalMilliseconds,
            (process.TotalProcessorTime - cpu).TotalMilliseconds,
            (GC.GetTotalPauseDuration() - pause).TotalMilliseconds,
            (GC.GetTotalAllocatedBytes(precise: true) - allocated) / 1e6);
    }

    private static void Print(string name, List<Sample> samples, List<Sample>? floor)
    {
        string Figure(Func<Sample, double> of, string unit)
        {
            var text = string.Create(CultureInfo.InvariantCulture, $"{Clock.Median(samples.Select(of)):F0} {unit} ({samples.Min(of):F0}-{samples.Max(of):F0})");
            if (floor is not null)
            {
                var ratios = samples.Zip(floor, (s, f) => of(s) / of(f)).ToArray();
                text += string.Create(CultureInfo.InvariantCulture, $" = {Clock.Median(ratios):F2}x ({ratios.Min():F2}-{ratios.Max():F2})");
            }

            return text;
        }

        Console.WriteLine($"  {name}: wall {Figure(s => s.Wall, "ms")}; CPU {Figure(s => s.Cpu, "ms")}; GC pause {Figure(s => s.Pause, "ms")}; allocated {Figure(s => s.Allocated, "MB")}");
    }

    private readonly record struct Sample(double Wall, double Cpu, double Pause, double Allocated);
}
