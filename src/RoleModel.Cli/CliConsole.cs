namespace RoleModel.Cli;

/// <summary>Where a command writes, and whether colours may be used. Tests pass string writers.</summary>
/// <param name="Out">Standard output: results.</param>
/// <param name="Error">Standard error: errors and progress.</param>
/// <param name="IsTerminal">Whether standard output is an interactive terminal.</param>
/// <param name="NoColor">Whether the NO_COLOR environment variable is set.</param>
/// <param name="Culture">The user's language for titles when <c>--lang</c> is not given; null for the process's UI culture.</param>
/// <param name="In">Standard input, for <c>-</c> in place of a file; null for none.</param>
/// <param name="RawOut">Standard output under the <see cref="TerminalSafeWriter"/> of <paramref name="Out"/>, for colour sequences only; null when Out is not protected.</param>
/// <param name="RawError">Standard error under the <see cref="TerminalSafeWriter"/> of <paramref name="Error"/>, for the progress bar's own sequences only; null when Error is not protected.</param>
internal sealed record CliConsole(TextWriter Out, TextWriter Error, bool IsTerminal, bool NoColor, System.Globalization.CultureInfo? Culture = null, TextReader? In = null,
    TextWriter? RawOut = null, TextWriter? RawError = null)
{
    /// <summary>Colours only on a terminal, and never with NO_COLOR set (https://no-color.org).</summary>
    public bool UseColor => IsTerminal && !NoColor;

    public static CliConsole FromProcess() => new(
        Console.Out,
        Console.Error,
        !Console.IsOutputRedirected,
        !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("NO_COLOR")),
        In: Console.In);

    /// <summary>Writes a one-line error message to standard error.</summary>
    public void WriteError(string message) => Error.WriteLine($"rolemodel: error: {message}");
}
