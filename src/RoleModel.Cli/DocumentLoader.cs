using System.CommandLine;
using System.Reflection;
using RoleModel.Serialization;
using RoleModel.Validation;

namespace RoleModel.Cli;

/// <summary>A document as read: the document itself, then each document it imports, each with its display name and problems.</summary>
/// <param name="Name">The document's display name.</param>
/// <param name="Catalogue">The composed view (the document with everything it imports) when it could be built.</param>
/// <param name="Own">The document's own content, what is written back.</param>
/// <param name="Documents">The problems of the document (first) and of each imported document, with their names.</param>
/// <param name="OwnScope">The roles, people and histories of the composed view that are the document's own (see <see cref="CompositionResult"/>).</param>
internal sealed record LoadedDocument(string Name, Catalogue? Catalogue, Catalogue? Own, IReadOnlyList<(string Name, ValidationReport Report)> Documents, DocumentScope OwnScope)
{
    /// <summary>The problems of the document itself.</summary>
    public ValidationReport Report => Documents[0].Report;

    /// <summary>Whether the document and everything it imports can be used.</summary>
    public bool IsValid => Catalogue is not null && Documents.All(d => d.Report.IsValid);
}

/// <summary>Reads RoleModel documents from files, with their imports, or the bundled municipal sample when no file is given.</summary>
internal static class DocumentLoader
{
    /// <summary>Documents above this size are refused rather than read into memory: files by their length, pipes and devices once they pass it.</summary>
    public const long MaximumBytes = JsonReadOptions.DefaultMaximumBytes;

    public const string SampleName = "(bundled municipal sample)";

    /// <summary>The name of the option that supplies imported catalogues explicitly, on every command.</summary>
    public const string WithOption = "--with";

    /// <summary><c>--with FILE</c>, repeatable: for the root command, so that every command that reads a document takes it.</summary>
    public static Option<FileInfo[]> With() => new(WithOption)
    {
        Description = "A catalogue the document imports, supplied explicitly (matched by its id); repeatable. Otherwise imports are read from their href, relative to the importing document.",
        HelpName = "FILE",
        Recursive = true,
        Arity = ArgumentArity.ZeroOrMore,
        AllowMultipleArgumentsPerToken = false,
    };

    /// <summary>The catalogues supplied with <c>--with</c>.</summary>
    public static IReadOnlyList<FileInfo> Supplied(ParseResult? parse) => parse?.GetValue<FileInfo[]>(WithOption) ?? [];

    /// <summary>Reads a document with its imports and reports its problems without failing on them.</summary>
    public static LoadedDocument Read(FileInfo? file, IReadOnlyList<FileInfo> supplied)
    {
        if (file is null)
        {
            return Compose(ReadSample(), SampleName, null, supplied);
        }

        CheckFile(file);

        // A pipe or a device (/dev/zero) has no length to check first: the library stops reading at the limit.
        using var stream = new FileStream(file.FullName, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 0, FileOptions.SequentialScan);
        var result = Composer(supplied, file.FullName).Read(stream, file.FullName);
        if (result.Documents[0].Report.Problems is [{ Code: ProblemCodes.DocumentTooLarge }])
        {
            throw new CommandFailedException($"'{file}' is longer than the {MaximumBytes / (1024 * 1024)} MiB a document may have; it was read no further.");
        }

        return Loaded(result, file.ToString());
    }

    /// <summary>Reads a document in memory as the file at <paramref name="path"/>, with its imports.</summary>
    public static LoadedDocument Compose(byte[] bytes, string name, string? path, IReadOnlyList<FileInfo> supplied)
    {
        var location = path ?? Path.Combine(Directory.GetCurrentDirectory(), "sample.json");
        return Loaded(Composer(supplied, location).Read(bytes, location), name);
    }

    /// <summary>The composer of one document: its imports are read from its folder's tree (or are the files given with <c>--with</c>).</summary>
    private static CatalogueComposer Composer(IReadOnlyList<FileInfo> supplied, string location) =>
        new(SuppliedCatalogues.Resolver(supplied, Path.GetDirectoryName(location)!), JsonReadOptions.Default);

    private static LoadedDocument Loaded(CompositionResult result, string name)
    {
        var root = result.Documents[0].Location;
        var documents = result.Documents.Select((d, i) => (i == 0 ? name : DisplayName(name, root, d.Location), d.Report)).ToList();
        var scope = result.Composed is { } composed ? new DocumentScope(result.OwnRoles, result.OwnPeople, result.OwnHistories, composed) : DocumentScope.Everything(Catalogue.Empty);
        return new LoadedDocument(name, result.Composed, result.Document, documents, scope);
    }

    /// <summary>
    /// Reads a document that a command needs valid, with its imports: problems end the command with exit code 1,
    /// unknown members with exit code 3 unless <c>--ignore-unknown-members</c> is given; other warnings are summarised
    /// on standard error (<see cref="DocumentWarnings"/>).
    /// </summary>
    public static Catalogue ReadValid(FileInfo? file, CliConsole console, ParseResult? parse = null) =>
        RequireValid(Read(file, Supplied(parse)), console, DocumentWarnings.Ignored(parse)).Catalogue!;

    /// <summary>
    /// Reads a document that a command needs valid, with its imports, and keeps what it is composed of (which roles,
    /// people and histories are its own): problems and unknown members end the command as with <see cref="ReadValid"/>.
    /// </summary>
    public static LoadedDocument ReadValidDocument(FileInfo? file, CliConsole console, ParseResult parse) =>
        RequireValid(Read(file, Supplied(parse)), console, DocumentWarnings.Ignored(parse));

    /// <summary>
    /// The document when it and its imports are valid, its warnings summarised on standard error; otherwise its problems
    /// are printed and the command ends with exit code 1. Unknown members end it with exit code 3 unless
    /// <paramref name="ignoreUnknown"/>: the default for a document a command has read with <see cref="ReadValid"/> before.
    /// </summary>
    public static LoadedDocument RequireValid(LoadedDocument document, CliConsole console, bool ignoreUnknown = true)
    {
        if (document.IsValid)
        {
            DocumentWarnings.Report(document, console, ignoreUnknown);
            return document;
        }

        var wording = ProblemFormatter.UserWording(console);
        foreach (var (name, report) in document.Documents)
        {
            foreach (var problem in report.Errors.Take(20))
            {
                console.Error.WriteLine(ProblemFormatter.Format(name, problem, wording));
            }
        }

        throw new CommandFailedException(wording.Format("Error.NotValid", document.Name));
    }

    public static byte[] ReadSample()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("RoleModel.Cli.Sample.json")
            ?? throw new InvalidOperationException("The bundled sample is missing from the tool.");
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return buffer.ToArray();
    }

    /// <summary>An imported document's name as the document's was typed: <c>docs/samples/composed/roles.json</c> beside <c>docs/samples/composed/people.json</c>.</summary>
    private static string DisplayName(string rootName, string rootLocation, string location)
    {
        var relative = Path.GetRelativePath(Path.GetDirectoryName(rootLocation) ?? ".", location);
        return Path.IsPathRooted(relative) ? relative : Path.Combine(Path.GetDirectoryName(rootName) ?? string.Empty, relative);
    }

    /// <summary>Fails with a usage error when <paramref name="file"/> is a folder or missing, and with a failure when it is too long to be a document.</summary>
    public static void CheckFile(FileInfo file)
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

    }
}
