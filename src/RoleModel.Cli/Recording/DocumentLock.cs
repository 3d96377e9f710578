using System.Diagnostics;
using System.Globalization;
using System.Text;
using RoleModel.Cli.Localization;

namespace RoleModel.Cli.Recording;

/// <summary>
/// The exclusive lock of a document that is being changed: an operating-system lock on one byte of the lock file
/// <c>.NAME.lock</c> beside the document (<c>fcntl</c> record locks on Linux, <c>LockFileEx</c> on
/// Windows), so that it is released by the operating system when its holder ends, even when killed. The lock file
/// also names its holder (process id, user, host, since when) while it is held, for a writer that has to wait.
/// The lock file stays beside the document; it is empty while nobody holds the lock.
/// </summary>
/// <remarks>The lock is advisory: it excludes every writer that takes it (every recording command of the tool),
/// not an editor that writes the file directly; <see cref="LockedDocument"/> refuses to replace a file that changed.</remarks>
internal sealed class DocumentLock : IDisposable
{
    /// <summary>How long a writer waits for the lock by default before giving up.</summary>
    public static readonly TimeSpan DefaultWait = TimeSpan.FromSeconds(60);

    /// <summary>The locked byte: far beyond the holder's note, so that the note can be read while the lock is held.</summary>
    private const long LockedByte = 1L << 30;

    /// <summary>The lock files held by this process: an operating system's record lock does not exclude its own process everywhere.</summary>
    private static readonly HashSet<string> HeldHere = new(StringComparer.Ordinal);

    private readonly FileStream stream;
    private readonly string lockPath;

    private DocumentLock(FileStream stream, string lockPath, TimeSpan waited)
    {
        this.stream = stream;
        this.lockPath = lockPath;
        Waited = waited;
    }

    /// <summary>How long the writer waited for the lock.</summary>
    public TimeSpan Waited { get; }

    /// <summary>The lock file of a document: <c>.NAME.lock</c> in the document's folder.</summary>
    public static string PathOf(string document)
    {
        var full = Path.GetFullPath(document);
        return Path.Combine(Path.GetDirectoryName(full)!, $".{Path.GetFileName(full)}.lock");
    }

    /// <summary>
    /// Takes the lock of <paramref name="document"/>, waiting at most <paramref name="wait"/> for any one holder (a queue of
    /// writers that each hold it briefly moves on), and at most ten times as long in all.
    /// </summary>
    /// <param name="document">The document to lock.</param>
    /// <param name="wait">How long to wait for one holder.</param>
    /// <param name="waiting">Told once, with the holder's note, when the lock is not free at once (may be null).</param>
    /// <param name="wording">The tool's wording for the messages; English when null.</param>
    /// <exception cref="CommandFailedException">The lock stayed taken for <paramref name="wait"/>, or the lock file cannot be made; the message names the holder when it can.</exception>
    public static DocumentLock Acquire(string document, TimeSpan wait, Action<string>? waiting = null, Wording? wording = null)
    {
        var w = wording ?? Wording.English;
        var lockPath = PathOf(document);
        var clock = Stopwatch.StartNew();
        var pause = TimeSpan.FromMilliseconds(5);
        var told = false;
        var holderClock = Stopwatch.StartNew();
        string? lastHolder = null;
        FileStream? stream = null;
        try
        {
            while (true)
            {
                try
                {
                    stream ??= Open(lockPath);
                    TakeInProcess(lockPath);
                    try
                    {
                        if (!OperatingSystem.IsMacOS())
                        {
                            stream.Lock(LockedByte, 1);
                        }
                    }
                    catch
                    {
                        ReleaseInProcess(lockPath);
                        throw;
                    }

                    var held = new DocumentLock(stream, lockPath, clock.Elapsed);
                    stream = null;
                    held.WriteNote();
                    return held;
                }
                catch (IOException) when (holderClock.Elapsed < wait && clock.Elapsed < wait * 10)
                {
                    var holder = Holder(lockPath);
                    if (holder != lastHolder)
                    {
                        // Another writer took its turn: the wait is bounded per holder, so a queue of writers moves on.
                        (lastHolder, holderClock) = (holder, Stopwatch.StartNew());
                    }

                    if (!told && clock.Elapsed >= TimeSpan.FromSeconds(1))
                    {
                        told = true;
                        waiting?.Invoke(holder);
                    }

                    Thread.Sleep(pause + TimeSpan.FromMilliseconds(Random.Shared.Next(0, 10)));
                    pause = TimeSpan.FromMilliseconds(Math.Min(pause.TotalMilliseconds * 2, 200));
                }
                catch (IOException)
                {
                    throw new CommandFailedException(w.Format("Lock.GaveUp", document, Holder(lockPath), w.Number((decimal)clock.Elapsed.TotalSeconds, 1)));
                }
            }
        }
        catch (UnauthorizedAccessException e)
        {
            throw new CommandFailedException(w.Format("Lock.CannotOpen", document, lockPath, e.Message));
        }
        finally
        {
            stream?.Dispose();
        }
    }

    /// <summary>
    /// Whether the lock is a byte-range lock (Linux, Windows and the other platforms that have them), which lets a waiting
    /// writer read the holder's note; on macOS, which lacks them in .NET, the lock file is opened exclusively (<c>flock</c>).
    /// </summary>
    private static bool ByteLocks => !OperatingSystem.IsMacOS();

    private static FileStream Open(string lockPath) =>
        new(lockPath, FileMode.OpenOrCreate, FileAccess.ReadWrite, ByteLocks ? FileShare.ReadWrite : FileShare.None, bufferSize: 0);

    /// <summary>Empties the holder's note and releases the lock.</summary>
    public void Dispose()
    {
        try
        {
            stream.SetLength(0);
        }
        catch (IOException)
        {
            // The note is a courtesy; the lock goes with the handle.
        }

        if (!OperatingSystem.IsMacOS())
        {
            stream.Unlock(LockedByte, 1);
        }

        stream.Dispose();
        ReleaseInProcess(lockPath);
    }

    private static void TakeInProcess(string lockPath)
    {
        lock (HeldHere)
        {
            if (!HeldHere.Add(lockPath))
            {
                throw new IOException($"'{lockPath}' is held by this process.");
            }
        }
    }

    private static void ReleaseInProcess(string lockPath)
    {
        lock (HeldHere)
        {
            HeldHere.Remove(lockPath);
        }
    }

    /// <summary>The holder as its note names it, or "another process" when it cannot be read.</summary>
    internal static string Holder(string lockPath)
    {
        try
        {
            using var reader = new FileStream(lockPath, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, bufferSize: 0);
            var buffer = new byte[512];
            var length = reader.ReadAtLeast(buffer, buffer.Length, throwOnEndOfStream: false);
            var note = Encoding.UTF8.GetString(buffer, 0, length).Trim();
            return note.Length > 0 && note.StartsWith("process ", StringComparison.Ordinal) && !note.Any(char.IsControl) ? note : "another process";
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return "another process";
        }
    }

    private void WriteNote()
    {
        var note = string.Create(CultureInfo.InvariantCulture,
            $"process {Environment.ProcessId} of user {Environment.UserName} on {Environment.MachineName}, since {DateTimeOffset.UtcNow:yyyy-MM-ddTHH:mm:ssZ}");
        try
        {
            stream.SetLength(0);
            stream.Position = 0;
            stream.Write(Encoding.UTF8.GetBytes(note));
            stream.Flush();
        }
        catch (IOException)
        {
            // A full disk or a read-only share: the lock holds without its note.
        }
    }
}
