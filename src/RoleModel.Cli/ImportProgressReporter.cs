using System.Globalization;
using RoleModel.Interop;
using Spectre.Console;

namespace RoleModel.Cli;

/// <summary>
/// Shows import progress on standard error: a live progress bar on a terminal, plain lines otherwise
/// (one per stage, so logs stay short).
/// </summary>
internal static class ImportProgressReporter
{
    public static T Run<T>(CliConsole console, Func<IProgress<ImportProgress>, T> import)
    {
        if (!console.IsTerminal)
        {
            var lines = new PlainLines(console.Error);
            var result = import(lines);
            lines.Finish();
            return result;
        }

        var ansi = AnsiConsole.Create(new AnsiConsoleSettings
        {
            // The progress bar moves the cursor; its stage names are the importer's, not a document's text.
            Out = new AnsiConsoleOutput(console.RawError ?? console.Error),
            Ansi = console.UseColor ? AnsiSupport.Yes : AnsiSupport.No,
            ColorSystem = console.UseColor ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
        });
        return ansi.Progress().Start(context =>
        {
            var tasks = new Dictionary<string, ProgressTask>(StringComparer.Ordinal);
            return import(new SynchronousProgress(update =>
            {
                if (!tasks.TryGetValue(update.Stage, out var task))
                {
                    tasks[update.Stage] = task = context.AddTask(Markup.Escape(update.Stage), maxValue: update.TotalRows ?? 1);
                    if (update.TotalRows is null)
                    {
                        task.IsIndeterminate = true;
                    }
                }

                task.Value = update.TotalRows is null ? 0 : update.RowsDone;
            }));
        });
    }

    /// <summary>Calls back on the importing thread, in order (Progress&lt;T&gt; would post to the thread pool).</summary>
    private sealed class SynchronousProgress(Action<ImportProgress> report) : IProgress<ImportProgress>
    {
        public void Report(ImportProgress value) => report(value);
    }

    private sealed class PlainLines(TextWriter error) : IProgress<ImportProgress>
    {
        private ImportProgress? last;

        public void Report(ImportProgress value)
        {
            if (last is { } previous && previous.Stage != value.Stage)
            {
                Write(previous);
            }

            last = value;
        }

        public void Finish()
        {
            if (last is { } previous)
            {
                Write(previous);
            }
        }

        private void Write(ImportProgress progress) =>
            error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"import: {progress.Stage}: {progress.RowsDone:N0} rows"));
    }
}
