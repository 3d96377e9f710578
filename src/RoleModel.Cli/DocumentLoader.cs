using System.Reflection;
using RoleModel.Serialization;
using RoleModel.Validation;

namespace RoleModel.Cli;

/// <summary>A document as read: its display name, its catalogue when it could be built, and its problems.</summary>
internal sealed record LoadedDocument(string Name, Catalogue? Catalogue, ValidationReport Report);

/// <summary>Reads RoleModel documents from files, or the bundled municipal sample when no file is given.</summary>
internal static class DocumentLoader
{
    /// <summary>Documents above this size are refused rather than read into memory: files by their length, pipes and devices once they pass it.</summary>
    public const long MaximumBytes = JsonReadOptions.DefaultMaximumBytes;

    public const string SampleName = "(bundled municipal sample)";

    /// <summary>Reads a document and reports its problems without failing on them.</summary>
    public static LoadedDocument Read(FileInfo? file)
    {
        var result = file is null ? RoleModelJson.Read(ReadSample()) : ReadFile(file);
        return new LoadedDocument(file?.ToString() ?? SampleName, result.Catalogue, result.Report);
    }

    /// <summary>Reads a document that a command needs valid: problems end the command with exit code 1.</summary>
    public static Catalogue ReadValid(FileInfo? file, CliConsole console)
    {
        var document = Read(file);
        if (document.Catalogue is { } catalogue && document.Report.IsValid)
        {
            return catalogue;
        }

        foreach (var problem in document.Report.Errors.Take(20))
        {
            console.Error.WriteLine(ProblemFormatter.Format(document.Name, problem));
        }

        throw new CommandFailedException($"{document.Name} is not a valid RoleModel document; run 'rolemodel validate' for all problems.");
    }

    public static byte[] ReadSample()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("RoleModel.Cli.Sample.json")
            ?? throw new InvalidOperationException("The bundled sample is missing from the tool.");
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return buffer.ToArray();
    }

    private static JsonReadResult ReadFile(FileInfo file)
    {
        if (Directory.Exists(file.FullName))
        {
            throw new UsageException($"'{file}' is a folder, not a file.");
        }

        if (!file.Exists && file.Name.StartsWith('-'))
        {
            throw new UsageException($"'{file.Name}' is neither an option of this command nor an existing file; run 'rolemodel --help' for usage.");
        }

        if (!file.Exists)
        {
            throw new UsageException($"the file '{file}' does not exist.");
        }

        if (file.Length > MaximumBytes)
        {
            throw new CommandFailedException($"'{file}' is {file.Length / (1024 * 1024)} MiB, more than the {MaximumBytes / (1024 * 1024)} MiB a document may have.");
        }

        // A pipe or a device (/dev/zero) has no length to check first: the library stops reading at the limit.
        using var stream = new FileStream(file.FullName, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 0, FileOptions.SequentialScan);
        var result = RoleModelJson.Read(stream, JsonReadOptions.Default);
        if (result.Report.Problems is [{ Code: ProblemCodes.DocumentTooLarge }])
        {
            throw new CommandFailedException($"'{file}' is longer than the {MaximumBytes / (1024 * 1024)} MiB a document may have; it was read no further.");
        }

        return result;
    }
}
