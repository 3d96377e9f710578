using System.IO.Compression;
using System.Text;

namespace RoleModel.Discovery.Training.Tests;

/// <summary>Writes the three O*NET tables training reads into a folder, from text given by a test.</summary>
internal static class OnetFolder
{
    /// <summary>Writes <c>Task Statements.tsv</c>, <c>DWA Reference.tsv</c> and, unless null, <c>Tasks to DWAs.tsv.gz</c>.</summary>
    public static void Write(string folder, string tasks, string activities, string? links)
    {
        File.WriteAllText(Path.Combine(folder, "Task Statements.tsv"), tasks);
        File.WriteAllText(Path.Combine(folder, "DWA Reference.tsv"), activities);
        if (links is not null)
        {
            using var gzip = new GZipStream(File.Create(Path.Combine(folder, "Tasks to DWAs.tsv.gz")), CompressionLevel.Fastest);
            gzip.Write(Encoding.UTF8.GetBytes(links));
        }
    }
}
