using System.Collections.Concurrent;
using System.Globalization;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace RoleModel.Benchmarks.Discovery;

/// <summary>
/// The process CPU time per operation (all threads, ONNX Runtime's included), over every iteration a benchmark method ran
/// in this process (warm-up included): what a query costs the machine, steadier than the wall clock on shared cores.
/// Only for in-process jobs whose benchmark methods call <see cref="Add"/>.
/// </summary>
internal sealed class CpuTimeColumn : IColumn
{
    private static readonly ConcurrentDictionary<string, (TimeSpan Time, long Operations)> Totals = new(StringComparer.Ordinal);

    public string Id => "CpuTime";

    public string ColumnName => "CPU/op";

    public bool AlwaysShow => true;

    public ColumnCategory Category => ColumnCategory.Custom;

    public int PriorityInCategory => 0;

    public bool IsNumeric => true;

    public UnitType UnitType => UnitType.Time;

    public string Legend => "Process CPU time per operation, all threads, over all iterations run";

    /// <summary>Counts the CPU time of <paramref name="operations"/> operations of a benchmark method.</summary>
    public static void Add(string method, TimeSpan time, int operations) =>
        Totals.AddOrUpdate(method, (time, operations), (_, total) => (total.Time + time, total.Operations + operations));

    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

    public bool IsAvailable(Summary summary) => true;

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) =>
        Totals.TryGetValue(benchmarkCase.Descriptor.WorkloadMethod.Name, out var total) && total.Operations > 0
            ? (total.Time.TotalMilliseconds / total.Operations).ToString("0.00", CultureInfo.InvariantCulture) + " ms"
            : "-";

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style) => GetValue(summary, benchmarkCase);
}
