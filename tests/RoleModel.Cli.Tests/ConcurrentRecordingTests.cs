using System.Diagnostics;
using System.Globalization;
using RoleModel.Cli.Recording;
using RoleModel.Serialization;
using Xunit.Abstractions;

namespace RoleModel.Cli.Tests;

/// <summary>Several writers recording in one document at once, as separate processes: none loses a change.</summary>
public sealed class ConcurrentRecordingTests(ITestOutputHelper output)
{
    private const int Writers = 16;

    private static readonly string Tool = Path.Combine(AppContext.BaseDirectory, "RoleModel.Cli.dll");

    [Fact]
    public void Propose_SixteenProcessesAtOnce_RecordsSixteenProposalsWithDistinctIds()
    {
        using var document = Sample();
        var alone = Alone(document, ["propose", document.Path, "--role", "cdo", "--task", "alone", "--title", "Alone",
            "--share", "1", "--effective", "2026-03-01", "--author", "cdo-holder", "--reason", "Found while testing", "--recorded-at", "2026-03-01T08:00:00Z"]);
        var before = Changes(document.Path);

        var runs = RunAtOnce(i => ["propose", document.Path, "--role", "cdo", "--task", $"parallel-{i:00}", "--title", $"Parallel task {i}",
            "--share", "1", "--effective", "2026-03-01", "--author", "cdo-holder", "--reason", "Found while testing", "--recorded-at", "2026-03-01T08:00:00Z"]);

        Report("propose", alone, runs);
        runs.Should().AllSatisfy(r => r.Result.ExitCode.Should().Be(0, r.Result.Error));
        var after = Changes(document.Path);
        var added = after.Skip(before.Count).ToList();
        added.Should().HaveCount(Writers);
        added.Select(c => c.Id).Should().OnlyHaveUniqueItems();
        added.Select(c => c.Task!.Id).Should().BeEquivalentTo(Enumerable.Range(0, Writers).Select(i => $"parallel-{i:00}"));
        runs.Select(r => IdPrinted(r.Result.Out)).Should().BeEquivalentTo(added.Select(c => c.Id), "each writer prints the id it recorded");
        ProcessTests.RunProcess("validate", document.Path).ExitCode.Should().Be(0);
    }

    [Fact]
    public void Append_SixteenProcessesAtOnce_RecordsSixteenChangesWithDistinctIds()
    {
        using var document = Sample();
        var alone = Alone(document, ["propose", document.Path, "--role", "cdo", "--task", "alone", "--title", "Alone",
            "--share", "1", "--effective", "2026-03-01", "--author", "cdo-holder", "--reason", "Found while testing", "--recorded-at", "2026-03-01T08:00:00Z"]);
        var before = Changes(document.Path);
        for (var i = 0; i < Writers; i++)
        {
            File.WriteAllText(Path.Combine(document.Folder, $"change-{i:00}.json"), $$"""
                { "kind": "taskAdded", "effective": "2026-03-01", "author": "cdo-holder", "reason": "Found while testing", "proposed": true,
                  "task": { "id": "appended-{{i:00}}", "title": { "en": "Appended task {{i}}" }, "share": 1, "origin": "selfInitiated", "status": "active" } }
                """);
        }

        var runs = RunAtOnce(i => ["append", document.Path, "--role", "cdo", "--change", Path.Combine(document.Folder, $"change-{i:00}.json"), "--recorded-at", "2026-03-01T08:00:00Z"]);

        Report("append", alone, runs);
        runs.Should().AllSatisfy(r => r.Result.ExitCode.Should().Be(0, r.Result.Error));
        var added = Changes(document.Path).Skip(before.Count).ToList();
        added.Should().HaveCount(Writers);
        added.Select(c => c.Id).Should().OnlyHaveUniqueItems();
        added.Select(c => c.Task!.Id).Should().BeEquivalentTo(Enumerable.Range(0, Writers).Select(i => $"appended-{i:00}"));
        ProcessTests.RunProcess("validate", document.Path).ExitCode.Should().Be(0);
    }

    /// <summary>
    /// Sixteen writers each add a task of 1 % where only 8 points are free: the share rule is checked under the lock, against the
    /// document as the writer finds it, so exactly eight are recorded (none lost) and eight refused (nothing written by them).
    /// </summary>
    [Fact]
    public void TaskAdd_SixteenProcessesForEightPointsOfRoom_RecordsEightAndRefusesEight()
    {
        using var document = Sample();
        var alone = Alone(document, ["task", "set-share", document.Path, "--role", "cdo", "--task", "innovation-radar", "--share", "2",
            "--effective", "2026-03-01", "--author", "hr-office", "--recorded-at", "2026-03-01T08:00:00Z", "--lang", "en"]);
        var before = Changes(document.Path);

        var runs = RunAtOnce(i => ["task", "add", document.Path, "--role", "cdo", "--task", $"parallel-{i:00}", "--title", $"Parallel task {i}",
            "--share", "1", "--effective", "2026-03-01", "--author", "hr-office", "--recorded-at", "2026-03-01T08:00:00Z", "--lang", "en"]);

        Report("task add", alone, runs);
        var recorded = runs.Where(r => r.Result.ExitCode == 0).ToList();
        var refused = runs.Where(r => r.Result.ExitCode != 0).ToList();
        recorded.Should().HaveCount(8);
        refused.Should().HaveCount(8).And.AllSatisfy(r =>
        {
            r.Result.ExitCode.Should().Be(1);
            r.Result.Error.Should().Contain("101 % of working time, 1 point more than 100 %; nothing was written");
        });
        var added = Changes(document.Path).Skip(before.Count).ToList();
        added.Should().HaveCount(8);
        added.Select(c => c.Id).Should().OnlyHaveUniqueItems();
        recorded.Select(r => IdPrinted(r.Result.Out)).Should().BeEquivalentTo(added.Select(c => c.Id), "each writer that recorded prints the id it recorded");
        ProcessTests.RunProcess("validate", document.Path).ExitCode.Should().Be(0);
    }

    private static TemporaryFile Sample() => new(File.ReadAllBytes(Path.Combine(RepositoryPaths.Samples, "municipal.json")), "roles.json");

    private static List<RoleModel.History.RoleChange> Changes(string path) =>
        [.. RoleModelJson.Read(File.ReadAllBytes(path)).Catalogue!.FindHistory("cdo")!.Changes];

    private static string IdPrinted(string output) =>
        output.Split('\n').Select(l => l.Trim()).First(l => l.StartsWith("cdo-", StringComparison.Ordinal)).Split(':')[0];

    /// <summary>Starts every writer before waiting for any, and times each from its start to its end.</summary>
    private static List<(CliResult Result, TimeSpan Elapsed)> RunAtOnce(Func<int, string[]> args)
    {
        var started = new List<(Process Process, Task<string> Out, Task<string> Error, Stopwatch Clock)>();
        for (var i = 0; i < Writers; i++)
        {
            var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
            start.ArgumentList.Add(Tool);
            foreach (var arg in args(i))
            {
                start.ArgumentList.Add(arg);
            }

            start.Environment["NO_COLOR"] = "1";
            var clock = Stopwatch.StartNew();
            var process = Process.Start(start)!;
            started.Add((process, process.StandardOutput.ReadToEndAsync(), process.StandardError.ReadToEndAsync(), clock));
        }

        var results = new List<(CliResult, TimeSpan)>();
        foreach (var (process, output, error, clock) in started)
        {
            using (process)
            {
                if (!process.WaitForExit(TimeSpan.FromMinutes(3)))
                {
                    process.Kill(entireProcessTree: true);
                    throw new TimeoutException("a writer did not end within three minutes.");
                }

                results.Add((new CliResult(process.ExitCode, output.Result, error.Result), clock.Elapsed));
            }
        }

        return results;
    }

    /// <summary>One writer on its own, timed: the floor the concurrent writers' times are compared with.</summary>
    private static TimeSpan Alone(TemporaryFile document, string[] args)
    {
        var clock = Stopwatch.StartNew();
        var result = ProcessTests.RunProcess(args);
        result.ExitCode.Should().Be(0, result.Error);
        return clock.Elapsed;
    }

    /// <summary>The writers' times beside one writer's time alone, measured in the same run: the difference is the time spent waiting for the lock and for the shared processors.</summary>
    private void Report(string command, TimeSpan alone, List<(CliResult Result, TimeSpan Elapsed)> runs)
    {
        var times = runs.Select(r => r.Elapsed.TotalSeconds).Order().ToList();
        var waited = runs.Count(r => r.Result.Error.Contains("waiting for", StringComparison.Ordinal));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{command}: one writer alone {alone.TotalSeconds:0.00} s; {Writers} writers, each from start to end: min {times[0]:0.00} s, median {times[Writers / 2]:0.00} s, max {times[^1]:0.00} s; {waited} said they were waiting (over 1 s for the lock)"));
    }
}

/// <summary>The lock and the check before the replace, in one process.</summary>
public sealed class LockedDocumentTests
{
    [Fact]
    public void Change_FileChangedWhileChanging_IsRefusedAndKeepsTheOtherChange()
    {
        using var file = new TemporaryFile("original"u8.ToArray(), "roles.json");
        var console = Quiet();

        var change = () => LockedDocument.Change(new FileInfo(file.Path), console, original =>
        {
            File.WriteAllText(file.Path, "changed by an editor");
            return new DocumentReplacement<int>(stream => stream.Write("ours"u8), 1);
        });

        change.Should().Throw<CommandFailedException>().WithMessage("*was changed by another program while this change was being made; nothing was written*");
        File.ReadAllText(file.Path).Should().Be("changed by an editor");
        Directory.GetFiles(file.Folder).Select(Path.GetFileName).Should().BeEquivalentTo(["roles.json", ".roles.json.lock"], "no temporary file is left");
    }

    [Fact]
    public void Change_LockHeldByAnother_GivesUpAfterTheWaitNamingTheHolder()
    {
        using var file = new TemporaryFile("original"u8.ToArray(), "roles.json");
        var console = Quiet();
        using var held = DocumentLock.Acquire(file.Path, TimeSpan.Zero);

        var change = () => LockedDocument.Change(new FileInfo(file.Path), console, _ => new DocumentReplacement<int>(stream => stream.Write("ours"u8), 1), TimeSpan.FromMilliseconds(300));

        change.Should().Throw<CommandFailedException>()
            .WithMessage($"'{file.Path}' is being changed by process {Environment.ProcessId} of user {Environment.UserName} on {Environment.MachineName}, since *; gave up after waiting * s, nothing was written. Try again later.");
        File.ReadAllText(file.Path).Should().Be("original");
    }

    [Fact]
    public void Change_AfterTheHolderReleased_Proceeds()
    {
        using var file = new TemporaryFile("original"u8.ToArray(), "roles.json");
        var console = Quiet();
        DocumentLock.Acquire(file.Path, TimeSpan.Zero).Dispose();

        var result = LockedDocument.Change(new FileInfo(file.Path), console, original => new DocumentReplacement<int>(stream => stream.Write("ours"u8), original.Length));

        result.Should().Be("original".Length);
        File.ReadAllText(file.Path).Should().Be("ours");
        File.ReadAllText(DocumentLock.PathOf(file.Path)).Should().BeEmpty("the holder's note goes with the lock");
    }

    private static CliConsole Quiet() => new(TextWriter.Null, TextWriter.Null, IsTerminal: false, NoColor: true, CultureInfo.GetCultureInfo("en"));
}
