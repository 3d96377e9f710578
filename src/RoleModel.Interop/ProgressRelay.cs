using System.Collections.Concurrent;

namespace RoleModel.Interop;

/// <summary>
/// Gives the caller's <see cref="IProgress{T}"/> every report on the calling thread, also those of steps read on
/// another thread: their reports are held until the step ends, then given, in order, when the calling thread is
/// between two of its own files. So each file's reports stay together and in order, and a caller's progress
/// needs no locking. Once the import is cancelled, held reports are no longer given.
/// </summary>
internal sealed class ProgressRelay(IProgress<ImportProgress>? target, CancellationToken cancellationToken)
{
    private readonly ConcurrentQueue<List<ImportProgress>> ended = new();

    /// <summary>The progress of a step read on the calling thread (the caller's own; null when there is none).</summary>
    public IProgress<ImportProgress>? Direct => target;

    /// <summary>The progress of a step read on another thread: held until <see cref="Held.End"/>.</summary>
    public Held? Hold() => target is null ? null : new Held(this);

    /// <summary>Gives the reports of the steps ended so far; call on the calling thread between files.</summary>
    public void Deliver()
    {
        while (!cancellationToken.IsCancellationRequested && ended.TryDequeue(out var reports))
        {
            foreach (var report in reports)
            {
                if (cancellationToken.IsCancellationRequested)
                {
                    return;
                }

                target!.Report(report);
            }
        }
    }

    internal sealed class Held(ProgressRelay relay) : IProgress<ImportProgress>
    {
        private readonly List<ImportProgress> reports = [];

        public void Report(ImportProgress value) => reports.Add(value);

        /// <summary>Marks the step ended: its reports can now be delivered.</summary>
        public void End() => relay.ended.Enqueue(reports);
    }
}
