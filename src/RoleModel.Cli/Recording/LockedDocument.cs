using RoleModel.Cli.Localization;

namespace RoleModel.Cli.Recording;

/// <summary>What a change of a document writes, and what it tells its caller.</summary>
/// <typeparam name="T">What the change tells its caller.</typeparam>
/// <param name="Write">Writes the whole new document.</param>
/// <param name="Result">What the change tells its caller.</param>
internal sealed record DocumentReplacement<T>(Action<Stream> Write, T Result);

/// <summary>
/// The one way the tool changes a document in place (every recording command): under the document's
/// <see cref="DocumentLock"/>, held for the whole read, check and write, the file is read once, the change is
/// computed from those bytes (identifiers allocated there are therefore unique among writers), and the new document
/// replaces the file atomically, only if the file still holds the bytes that were read.
/// </summary>
internal static class LockedDocument
{
    /// <summary>Reads, changes and replaces <paramref name="file"/> under its lock.</summary>
    /// <typeparam name="T">What the change tells its caller.</typeparam>
    /// <param name="file">The document.</param>
    /// <param name="console">Where a writer that has to wait says so.</param>
    /// <param name="change">Computes the new document from the bytes read; throws <see cref="CommandFailedException"/> to refuse (nothing is written).</param>
    /// <param name="wait">How long to wait for the lock; <see cref="DocumentLock.DefaultWait"/> when null.</param>
    /// <param name="wording">The tool's wording for the messages; English when null.</param>
    /// <returns>What the change returned.</returns>
    /// <exception cref="CommandFailedException">The lock could not be had in time, the change refused, or the file changed under the lock (nothing written in each case).</exception>
    public static T Change<T>(FileInfo file, CliConsole console, Func<byte[], DocumentReplacement<T>> change, TimeSpan? wait = null, Wording? wording = null)
    {
        var w = wording ?? Wording.English;
        DocumentLoader.CheckFile(file);
        using var held = DocumentLock.Acquire(file.FullName, wait ?? DocumentLock.DefaultWait,
            holder => console.Error.WriteLine(w.Format("Lock.Waiting", file, holder)), w);
        var original = File.ReadAllBytes(file.FullName);
        var replacement = change(original);
        try
        {
            AtomicFile.Replace(file.FullName, original, replacement.Write);
        }
        catch (FileChangedException)
        {
            throw new CommandFailedException(w.Format("Lock.ChangedMeanwhile", file));
        }

        return replacement.Result;
    }
}
