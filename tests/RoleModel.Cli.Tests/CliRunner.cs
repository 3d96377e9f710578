namespace RoleModel.Cli.Tests;

/// <summary>What one run of the tool printed and returned.</summary>
public sealed record CliResult(int ExitCode, string Out, string Error);

/// <summary>Runs the tool in-process with captured output, as a pipeline of an English-speaking user would see it (no terminal, no colour).</summary>
public static class CliRunner
{
    public static CliResult Run(params string[] args) => RunIn(System.Globalization.CultureInfo.GetCultureInfo("en"), args);

    /// <summary>Runs the tool for a user whose language is <paramref name="user"/>.</summary>
    public static CliResult RunIn(System.Globalization.CultureInfo user, params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = CliApp.Run(args, new CliConsole(output, error, IsTerminal: false, NoColor: true, user));
        return new CliResult(code, output.ToString(), error.ToString());
    }
}
