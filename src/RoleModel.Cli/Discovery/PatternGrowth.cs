using System.Diagnostics;
using NodaTime;
using RoleModel.Evolution;
using RoleModel.History;
using static System.FormattableString;

namespace RoleModel.Cli.Discovery;

/// <summary>
/// How the lexical grouping's time and memory grow with the number of tasks: O*NET's roles copied 1, 2, 4 and 8 times,
/// each copy's task titles worded a little differently (one word left out, two neighbouring words swapped, chosen by copy
/// and task), grouped at the default threshold.
/// </summary>
internal static class PatternGrowth
{
    public static void Run(TextWriter output, Interop.Onet.OnetImportResult import, LocalDate day, Instant knownAt, IReadOnlyList<int>? sizes = null)
    {
        output.WriteLine();
        output.WriteLine("Growth: O*NET's occupations copied with perturbed wording, lexical grouping at 0.35 (time of the grouping and describing, wall clock and process CPU; peak working set so far)");
        foreach (var copies in sizes ?? [1, 2, 4, 8])
        {
            var histories = Histories(import, copies, day, knownAt);
            GC.Collect();
            using var before = Process.GetCurrentProcess();
            var cpu = before.TotalProcessorTime;
            var clock = Stopwatch.StartNew();
            var report = TaskPatterns.Find(histories, knownAt, day, day);
            var elapsed = clock.Elapsed;
            using var process = Process.GetCurrentProcess();
            output.WriteLine(Invariant($"    {copies}x: {report.TasksCompared,9:N0} tasks, {report.Patterns.Length,7:N0} patterns   {elapsed.TotalSeconds,6:0.0} s, CPU {(process.TotalProcessorTime - cpu).TotalSeconds,6:0.0} s   peak working set {process.PeakWorkingSet64 / 1048576:N0} MiB"));
        }
    }

    /// <summary>The histories of <paramref name="copies"/> copies of every occupation with tasks.</summary>
    internal static List<RoleHistory> Histories(Interop.Onet.OnetImportResult import, int copies, LocalDate day, Instant knownAt)
    {
        var histories = new List<RoleHistory>();
        for (var copy = 0; copy < copies; copy++)
        {
            foreach (var role in import.Catalogue!.Roles)
            {
                var tasks = import.Tasks.GetValueOrDefault(role.Id, []);
                if (tasks.IsEmpty)
                {
                    continue;
                }

                var changes = tasks.Select(t => RoleChange.AddTask(Invariant($"copy-{copy}-{t.Id}"), day, knownAt - Duration.FromDays(1), "growth",
                    new RoleTask(t.Id, LocalizedText.Invariant(Perturb(t.Title.Entries[0].Value, copy, t.Id)), 0m), "copy"));
                histories.Add(new RoleHistory(new Role(Invariant($"{role.Id}-{copy}"), role.Title), changes));
            }
        }

        return histories;
    }

    /// <summary>The text itself for copy 0; otherwise one word left out and two neighbouring words swapped (texts of four words or more).</summary>
    internal static string Perturb(string text, int copy, string taskId)
    {
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
        if (copy == 0 || words.Count < 4)
        {
            return text;
        }

        var seed = 2166136261u ^ (uint)copy;
        foreach (var c in taskId)
        {
            seed = (seed ^ c) * 16777619u;
        }

        words.RemoveAt((int)(seed % (uint)words.Count));
        var at = (int)((seed / 7) % (uint)(words.Count - 1));
        (words[at], words[at + 1]) = (words[at + 1], words[at]);
        return string.Join(' ', words);
    }
}
