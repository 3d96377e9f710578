using System.Collections.Concurrent;
using System.Globalization;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace RoleModel.Benchmarks;

/// <summary>Adds the document size and the throughput (MB/s, 1 MB = 10^6 bytes) to the summary.</summary>
public sealed class ThroughputConfig : ManualConfig
{
    public ThroughputConfig() => AddColumn(new SizeColumn(), new ThroughputColumn());

    private static readonly ConcurrentDictionary<string, long> Sizes = new(StringComparer.Ordinal);

    private static long SizeOf(BenchmarkCase benchmark)
    {
        var document = (string)benchmark.Parameters["Document"];
        return Sizes.GetOrAdd(document, d => JsonBenchmarks.DocumentBytes(d).LongLength);
    }

    private abstract class Column(string name) : IColumn
    {
        public string Id => name;
        public string ColumnName => name;
        public bool AlwaysShow => true;
        public ColumnCategory Category => ColumnCategory.Custom;
        public int PriorityInCategory => 0;
        public bool IsNumeric => true;
        public UnitType UnitType => UnitType.Dimensionless;
        public string Legend => name;
        public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;
        public bool IsAvailable(Summary summary) => true;
        public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style) => GetValue(summary, benchmarkCase);
        public abstract string GetValue(Summary summary, BenchmarkCase benchmarkCase);
    }

    private sealed class SizeColumn() : Column("Document KB")
    {
        public override string GetValue(Summary summary, BenchmarkCase benchmarkCase) =>
            (SizeOf(benchmarkCase) / 1000.0).ToString("N0", CultureInfo.InvariantCulture);
    }

    private sealed class ThroughputColumn() : Column("MB/s")
    {
        public override string GetValue(Summary summary, BenchmarkCase benchmarkCase)
        {
            var mean = summary[benchmarkCase]?.ResultStatistics?.Mean;
            return mean is null or 0 ? "-" : (SizeOf(benchmarkCase) / 1e6 / (mean.Value / 1e9)).ToString("N0", CultureInfo.InvariantCulture);
        }
    }
}
