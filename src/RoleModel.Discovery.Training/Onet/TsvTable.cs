using System.IO.Compression;
using System.Text;

namespace RoleModel.Discovery.Training.Onet;

/// <summary>A tab-separated O*NET table (plain or gzipped), read row by row with its columns found by header name.</summary>
internal static class TsvTable
{
    /// <summary>The named columns of every non-empty row after the header, trimmed, in file order.</summary>
    /// <exception cref="FileNotFoundException">The file does not exist.</exception>
    /// <exception cref="InvalidDataException">A column is missing from the header, or a row ends before one of the columns.</exception>
    public static IEnumerable<string[]> Rows(string directory, string file, params string[] columns)
    {
        var path = Path.Combine(directory, file);
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"The O*NET table '{path}' does not exist.", path);
        }

        return Read(path, columns);
    }

    private static IEnumerable<string[]> Read(string path, string[] columns)
    {
        using var file = File.OpenRead(path);
        using var stream = path.EndsWith(".gz", StringComparison.Ordinal) ? new GZipStream(file, CompressionMode.Decompress) : (Stream)file;
        using var reader = new StreamReader(stream, Encoding.UTF8);
        var header = (reader.ReadLine() ?? "").Split('\t').Select(h => h.Trim()).ToList();
        var positions = columns.Select(c => header.IndexOf(c) is var i and >= 0 ? i
            : throw new InvalidDataException($"{path}:1: the header has no column '{c}'.")).ToArray();
        var lineNumber = 1;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (line.Length == 0)
            {
                continue;
            }

            var fields = line.Split('\t');
            if (fields.Length <= positions.Max())
            {
                throw new InvalidDataException($"{path}:{lineNumber}: the row has {fields.Length} fields, too few for column '{columns[Array.IndexOf(positions, positions.Max())]}'.");
            }

            yield return [.. positions.Select(p => fields[p].Trim())];
        }
    }
}
