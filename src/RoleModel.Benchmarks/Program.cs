using BenchmarkDotNet.Running;
using RoleModel.Benchmarks.Interop;

// Runs the benchmarks chosen on the command line, for example:
//   dotnet run -c Release --project src/RoleModel.Benchmarks -- --filter '*'
// `-- --write-esco PATH` writes the generated ESCO-sized catalogue as a JSON document.
if (args is ["--write-esco", var path])
{
    File.WriteAllBytes(path, RoleModel.Serialization.RoleModelJson.WriteToUtf8Bytes(RoleModel.Benchmarks.EscoSizedCatalogue.Create()));
    return;
}

// `-- --write-esco-document PATH` writes the real ESCO v1.1.1 import, the document the reading benchmarks read.
if (args is ["--write-esco-document", var real])
{
    File.WriteAllBytes(real, RoleModel.Benchmarks.BenchmarkDocuments.Bytes("esco"));
    return;
}

// `-- --write-esco-people PATH` writes the real ESCO import with 1,000 generated people (for timing `rolemodel coverage`).
if (args is ["--write-esco-people", var target])
{
    File.WriteAllBytes(target, RoleModel.Serialization.RoleModelJson.WriteToUtf8Bytes(RoleModel.Benchmarks.Tool.EscoWithPeople.Create(1000)));
    return;
}

// `-- peak-memory` instead measures the peak memory of one full ESCO import in a fresh process.
if (args is ["peak-memory"])
{
    PeakMemory.Run();
    return;
}

// `-- import-cpu [PAIRS]` compares the wall-clock and process CPU time of the ESCO import with a bare parse, alternated.
if (args is ["import-cpu", ..])
{
    ImportCpu.Run(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 8);
    return;
}

// `-- read-memory` measures the object graph, allocations and peak memory of reading the real ESCO document.
// `-- read-memory FILE` only reads that document from a FileStream and prints the peak working set.
if (args is ["read-memory"])
{
    RoleModel.Benchmarks.ReadMemory.Run();
    return;
}

// `-- read-cpu FILE` compares the process CPU time of reading that document with JsonDocument.Parse.
if (args is ["read-cpu", var measured])
{
    RoleModel.Benchmarks.ReadMemory.CpuTime(measured);
    return;
}

// `-- read-steady FILE` compares wall-clock and CPU time of reading that document with JsonDocument.Parse, without forced collections.
if (args is ["read-steady", var steady])
{
    RoleModel.Benchmarks.ReadMemory.Steady(steady);
    return;
}

// `-- read-loop FILE N` only reads that document N times (for a profiler), printing the collections and GC pauses.
if (args is ["read-loop", var looped, var times])
{
    RoleModel.Benchmarks.ReadMemory.Loop(looped, int.Parse(times, System.Globalization.CultureInfo.InvariantCulture));
    return;
}

if (args is ["read-memory", var document])
{
    RoleModel.Benchmarks.ReadMemory.Peak(document);
    return;
}

// `-- embedding-speed ONET_DIR [N] [CACHE]` compares building the index of N O*NET task texts (default 512) with the
// bare ONNX Runtime throughput of the same model over the same texts (the floor); with CACHE, also one query's latency.
if (args is ["embedding-speed", var onet, ..])
{
    await RoleModel.Benchmarks.Discovery.EmbeddingSpeed.RunAsync(onet, args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 512,
        args.Length > 3 ? args[3] : null);
    return;
}

// `-- query-check ONET_DIR CACHE OUT` writes every suggestion for a fixed set of O*NET queries, to compare two builds with diff.
if (args is ["query-check", var tsv, var embeddings, var written])
{
    await RoleModel.Benchmarks.Discovery.QueryCheck.RunAsync(tsv, embeddings, written);
    return;
}

// `-- pattern-growth ONET_DIR [SIZES]` runs only the growth series of `patterns --evaluate`, for sizes such as 1,2,4.
if (args is ["pattern-growth", var release, ..])
{
    RoleModel.Benchmarks.Discovery.GrowthCommand.Run(release,
        args.Length > 2 ? [.. args[2].Split(',').Select(a => int.Parse(a, System.Globalization.CultureInfo.InvariantCulture))] : [1, 2, 4, 8]);
    return;
}

// `-- classifier-tuning ONET_DIR CACHE BUCKET [EPOCHS:RATE:DECAY:CANDIDATES ...]` tunes the activity classifier on a held-out tenth.
if (args is ["classifier-tuning", var tuned, var tuningCache, var tuningBucket, ..])
{
    await RoleModel.Benchmarks.Discovery.ClassifierTuning.RunAsync(tuned, tuningCache, int.Parse(tuningBucket, System.Globalization.CultureInfo.InvariantCulture),
        args.Length > 4 ? args[4..] : ["8:0.5:0.01:50"]);
    return;
}

// `-- activity-pattern-tuning ONET_DIR CACHE [PART]` tries variants of the activity similarity's profiles on a part of the occupations (default Tuning).
if (args is ["activity-pattern-tuning", var grouped, var groupingCache, ..])
{
    await RoleModel.Benchmarks.Discovery.ActivityPatternTuning.RunAsync(grouped, groupingCache, args.Length > 3 ? args[3] : "Tuning");
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(RoleModel.Benchmarks.JsonBenchmarks).Assembly).Run(args);
