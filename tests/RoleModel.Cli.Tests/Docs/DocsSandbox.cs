namespace RoleModel.Cli.Tests.Docs;

/// <summary>
/// Runs the documented commands one after another, as a reader would in a fresh folder beside a clone of the
/// repository: a relative path names a file of that folder when it exists there (written by an earlier example),
/// else a file of the repository when that exists, else a new file of the folder. Output shows paths as typed.
/// Besides <c>rolemodel</c>, only <c>cp</c> (copy one file) is understood, so that examples can work on a copy.
/// </summary>
public sealed class DocsSandbox : IDisposable
{
    /// <summary>The reader of the docs reads English: titles in English when a document has them.</summary>
    private static readonly System.Globalization.CultureInfo English = System.Globalization.CultureInfo.GetCultureInfo("en");

    private readonly string folder = Directory.CreateTempSubdirectory("rolemodel-docs-").FullName;

    /// <summary>Runs one command line; the result is what a terminal shows: both streams in order, then the exit code.</summary>
    public string Run(string commandLine)
    {
        var words = ConsoleExample.SplitWords(commandLine);
        if (words is ["cp", var from, var to])
        {
            File.Copy(Resolve(from), Path.Combine(folder, to), overwrite: true);
            return string.Empty;
        }

        if (words.Count == 0 || words[0] != "rolemodel")
        {
            throw new InvalidOperationException($"Only 'rolemodel ...' and 'cp FROM TO' can run in a documented example: {commandLine}");
        }

        using var output = new StringWriter();
        var code = CliApp.Run([.. words.Skip(1).Select(ResolveWord)], new CliConsole(output, output, IsTerminal: false, NoColor: true, English));
        var shown = output.ToString()
            .Replace(folder + Path.DirectorySeparatorChar, string.Empty, StringComparison.Ordinal)
            .Replace(RepositoryPaths.Root + Path.DirectorySeparatorChar, string.Empty, StringComparison.Ordinal);
        return shown + $"(exit code {code})\n";
    }

    public void Dispose() => Directory.Delete(folder, recursive: true);

    /// <summary>A word that looks like a relative path (a slash or a .json ending; no option, no URI) is resolved; others pass unchanged.</summary>
    private string ResolveWord(string word) =>
        word.StartsWith('-') || Path.IsPathRooted(word) || word.Contains("://", StringComparison.Ordinal) || !(word.Contains('/', StringComparison.Ordinal) || word.EndsWith(".json", StringComparison.Ordinal)) ? word : Resolve(word);

    private string Resolve(string path)
    {
        var local = Path.Combine(folder, path);
        var repository = Path.GetFullPath(Path.Combine(RepositoryPaths.Root, path));
        return File.Exists(local) || Directory.Exists(local) || !(File.Exists(repository) || Directory.Exists(repository)) ? local : repository;
    }
}
