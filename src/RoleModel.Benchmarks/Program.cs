using BenchmarkDotNet.Running;

// Runs the benchmarks chosen on the command line, for example:
//   dotnet run -c Release --project src/RoleModel.Benchmarks -- --filter '*'
if (args is ["--write-esco", var path])
{
    File.WriteAllBytes(path, RoleModel.Serialization.RoleModelJson.WriteToUtf8Bytes(RoleModel.Benchmarks.EscoSizedCatalogue.Create()));
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
