using System.Reflection;
using RoleModel.Benchmarks.Interop;
using RoleModel.Interop.Esco;
using RoleModel.Serialization;

namespace RoleModel.Benchmarks;

/// <summary>The documents the reading and writing benchmarks use, as UTF-8 bytes.</summary>
internal static class BenchmarkDocuments
{
    /// <summary>"municipal" (the bundled sample) or "esco" (the real ESCO v1.1.1 catalogue, imported now and written indented).</summary>
    public static byte[] Bytes(string document)
    {
        if (document == "municipal")
        {
            using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("municipal.json")!;
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            return copy.ToArray();
        }

        var imported = EscoImporter.Import(SharedData.Path("esco", "v1.1.1")).Catalogue
            ?? throw new InvalidOperationException("The ESCO import failed.");
        return RoleModelJson.WriteToUtf8Bytes(imported);
    }
}
