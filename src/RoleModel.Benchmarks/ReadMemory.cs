using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using RoleModel.Serialization;

namespace RoleModel.Benchmarks;

/// <summary>
/// Memory of reading the real ESCO document, in a fresh process (BenchmarkDotNet reports allocations, not
/// graph sizes or peaks): <c>dotnet run -c Release --project src/RoleModel.Benchmarks -- read-memory</c>.
/// Writes the document to a temporary file, then reads it back from a <see cref="FileStream"/>.
/// </summary>
internal static class ReadMemory
{
    public static void Run()
    {
        var file = Path.Combine(Path.GetTempPath(), $"rolemodel-read-memory-{Environment.ProcessId}.json");
        File.WriteAllBytes(file, BenchmarkDocuments.Bytes("esco"));
        try
        {
            Measure(file);
        }
        finally
        {
            File.Delete(file);
        }
    }

    /// <summary>Only reads a document file, so that the process's peak working set is that of the read.</summary>
    public static void Peak(string file)
    {
        using var process = Process.GetCurrentProcess();
        var before = process.PeakWorkingSet64;
        JsonReadResult result;
        using (var stream = File.OpenRead(file))
        {
            result = RoleModelJson.Read(stream);
        }

        process.Refresh();
        var retained = GC.GetTotalMemory(forceFullCollection: true);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"read {new FileInfo(file).Length / 1048576.0:F0} MiB from a FileStream: valid {result.IsValid}; peak working set {process.PeakWorkingSet64 / 1048576.0:F0} MiB (before: {before / 1048576.0:F0} MiB); heap held after: {retained / 1048576.0:F0} MiB"));
        GC.KeepAlive(result);
    }

    /// <summary>
    /// Process CPU time of reading a document file against <see cref="JsonDocument.Parse(ReadOnlyMemory{byte}, JsonDocumentOptions)"/>,
    /// best and median of alternating runs: on a loaded machine, CPU time is steadier than wall-clock time.
    /// </summary>
    public static void CpuTime(string file)
    {
        var bytes = File.ReadAllBytes(file);
        var floors = new List<double>();
        var reads = new List<double>();
        for (var run = 0; run < Runs; run++)
        {
            floors.Add(Cpu(() => JsonDocument.Parse(bytes).Dispose()));
            reads.Add(Cpu(() => GC.KeepAlive(RoleModelJson.Read(bytes))));
        }

        double floor = floors.Min(), read = reads.Min();
        double medianFloor = Clock.Median(floors), medianRead = Clock.Median(reads);

        var catalogue = RoleModelJson.Read(bytes).Catalogue!;
        var validate = double.MaxValue;
        for (var run = 0; run < 8; run++)
        {
            validate = Math.Min(validate, Cpu(() => GC.KeepAlive(catalogue.Validate())));
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{Path.GetFileName(file)} ({bytes.Length / 1e6:F1} MB), process CPU time of {Runs} alternating runs, best: JsonDocument.Parse {floor:F1} ms, RoleModelJson.Read {read:F1} ms = {read / floor:F2}x; median: {medianFloor:F1} ms, {medianRead:F1} ms = {medianRead / medianFloor:F2}x; Catalogue.Validate alone, best of 8: {validate:F1} ms; concurrent GC: {System.Runtime.GCSettings.LatencyMode != System.Runtime.GCLatencyMode.Batch}"));
    }

    private const int Runs = 12;

    /// <summary>
    /// Wall-clock and process CPU time of reading a document file against <see cref="JsonDocument.Parse(ReadOnlyMemory{byte}, JsonDocumentOptions)"/>
    /// in a process that keeps reading: ten alternating rounds after three warm-up ones, no forced collection
    /// in between (the collector runs as it would in a service). A round is one read of a large document, or
    /// 1,000 of a small one (under 1 MB), so that the clocks can see it.
    /// </summary>
    public static void Steady(string file)
    {
        var bytes = File.ReadAllBytes(file);
        var reads = bytes.Length < 1_000_000 ? 1000 : 1;
        void Floor()
        {
            for (var i = 0; i < reads; i++)
            {
                JsonDocument.Parse(bytes).Dispose();
            }
        }

        void Read()
        {
            for (var i = 0; i < reads; i++)
            {
                GC.KeepAlive(RoleModelJson.Read(bytes));
            }
        }

        for (var round = 0; round < 3; round++)
        {
            Floor();
            Read();
        }

        double floorWall = 0, floorCpu = 0, readWall = 0, readCpu = 0;
        for (var round = 0; round < 10; round++)
        {
            var (wall, cpu) = Clock.Time(Floor);
            floorWall += wall;
            floorCpu += cpu;
            (wall, cpu) = Clock.Time(Read);
            readWall += wall;
            readCpu += cpu;
        }

        var perRead = 1000.0 / (10 * reads); // milliseconds in total → microseconds per read
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{Path.GetFileName(file)} ({bytes.Length / 1e6:F2} MB), 10 alternating rounds of {reads} read(s), no forced collection, per read: JsonDocument.Parse wall {floorWall * perRead:F0} µs, CPU {floorCpu * perRead:F0} µs; RoleModelJson.Read wall {readWall * perRead:F0} µs = {readWall / floorWall:F2}x, CPU {readCpu * perRead:F0} µs = {readCpu / floorCpu:F2}x; concurrent GC: {System.Runtime.GCSettings.LatencyMode != System.Runtime.GCLatencyMode.Batch}"));
    }

    /// <summary>Reads a document file several times, for a profiler, with the garbage collections and their pauses per read.</summary>
    public static void Loop(string file, int times)
    {
        var bytes = File.ReadAllBytes(file);
        for (var run = 0; run < times; run++)
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
            var gen0 = GC.CollectionCount(0);
            var gen1 = GC.CollectionCount(1);
            var gen2 = GC.CollectionCount(2);
            var pause = GC.GetTotalPauseDuration();
            var cpu = Clock.Time(() => GC.KeepAlive(RoleModelJson.Read(bytes))).Cpu; // no second forced collection, which would be counted
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"read {cpu:F0} ms CPU; collections gen0 {GC.CollectionCount(0) - gen0}, gen1 {GC.CollectionCount(1) - gen1}, gen2 {GC.CollectionCount(2) - gen2}; paused {(GC.GetTotalPauseDuration() - pause).TotalMilliseconds:F0} ms"));
        }
    }

    /// <summary>Process CPU time of a call after a full collection.</summary>
    private static double Cpu(Action action)
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        return Clock.Time(action).Cpu;
    }

    private static void Measure(string file)
    {
        var size = new FileInfo(file).Length;
        var bytes = File.ReadAllBytes(file);

        // The floor: JsonDocument.Parse of the same bytes, allocated bytes and what the parsed document holds.
        var floorAllocated = Allocated(() => JsonDocument.Parse(bytes), out var floorRetained, out var floor);
        floor.Dispose();

        var readAllocated = Allocated(() => RoleModelJson.Read(bytes), out var graph, out var fromBytes);
        GC.KeepAlive(fromBytes);
        fromBytes = null!;
        bytes = null!;
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();

        using var process = Process.GetCurrentProcess();
        process.Refresh();
        var baseline = process.WorkingSet64;
        var heapBefore = GC.GetTotalMemory(forceFullCollection: true);
        var streamAllocated = GC.GetTotalAllocatedBytes(precise: true);
        JsonReadResult result;
        using (var stream = File.OpenRead(file))
        {
            result = RoleModelJson.Read(stream);
        }

        streamAllocated = GC.GetTotalAllocatedBytes(precise: true) - streamAllocated;
        var info = GC.GetGCMemoryInfo(GCKind.Any);
        process.Refresh();
        var peak = process.PeakWorkingSet64;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"""
            ESCO v1.1.1 document: {size / 1e6:F1} MB, {result.Catalogue!.Frameworks.Sum(f => f.Competencies.Length)} competencies, {result.Catalogue.Roles.Length} roles
            final object graph (GC.GetTotalMemory held vs freed): {graph / 1048576.0:F0} MiB
            RoleModelJson.Read(bytes) allocated: {readAllocated / 1048576.0:F0} MiB = {(double)readAllocated / graph:F2}x the graph
            JsonDocument.Parse (floor) allocated: {floorAllocated / 1048576.0:F0} MiB, retained {floorRetained / 1048576.0:F0} MiB
            RoleModelJson.Read(FileStream) allocated: {streamAllocated / 1048576.0:F0} MiB (document {size / 1048576.0:F0} MiB + reading)
            heap before the stream read: {heapBefore / 1048576.0:F0} MiB; GC heap size at the last GC: {info.HeapSizeBytes / 1048576.0:F0} MiB
            process working set before the stream read: {baseline / 1048576.0:F0} MiB; peak working set of the process: {peak / 1048576.0:F0} MiB
            """));
        GC.KeepAlive(result);
    }

    /// <summary>The bytes a call allocates on this thread, and the managed memory its result holds.</summary>
    private static long Allocated<T>(Func<T> run, out long retained, out T result)
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        var before = GC.GetTotalMemory(forceFullCollection: true);
        var allocated = GC.GetAllocatedBytesForCurrentThread();
        result = run();
        allocated = GC.GetAllocatedBytesForCurrentThread() - allocated;
        retained = GC.GetTotalMemory(forceFullCollection: true) - before;
        return allocated;
    }
}
