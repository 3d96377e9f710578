using System.Diagnostics;

namespace RoleModel.Benchmarks;

/// <summary>The measurements the process-level benchmark modes share: wall-clock and process CPU time of a call, and medians.</summary>
internal static class Clock
{
    /// <summary>Wall-clock and process CPU time (all threads, the collector's included) of a call, in milliseconds.</summary>
    public static (double Wall, double Cpu) Time(Action action)
    {
        using var process = Process.GetCurrentProcess();
        var cpu = process.TotalProcessorTime;
        var wall = Stopwatch.StartNew();
        action();
        var elapsed = wall.Elapsed.TotalMilliseconds;
        process.Refresh();
        return (elapsed, (process.TotalProcessorTime - cpu).TotalMilliseconds);
    }

    public static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToArray();
        return sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[(sorted.Length / 2) - 1] + sorted[sorted.Length / 2]) / 2;
    }
}
