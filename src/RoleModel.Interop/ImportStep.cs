namespace RoleModel.Interop;

/// <summary>
/// One step of an import (a file, or a group of small files): its own problems, records read and progress, so
/// that steps can run on two threads and still be reported in one fixed order, as if read one after another.
/// </summary>
internal sealed class ImportStep(IProgress<ImportProgress>? progress, bool onCallingThread)
{
    /// <summary>Whether the step runs on the thread that called the import (and so may deliver held progress).</summary>
    public bool OnCallingThread { get; } = onCallingThread;

    public ImportLog Log { get; } = new();

    public IProgress<ImportProgress>? Progress { get; } = progress;

    /// <summary>The records read per file, in the order read.</summary>
    public List<KeyValuePair<string, long>> RowsRead { get; } = [];

    /// <summary>Marks the step done: progress held for the calling thread can now be delivered.</summary>
    public void End() => (Progress as ProgressRelay.Held)?.End();
}
