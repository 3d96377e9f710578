namespace RoleModel.Cli.Tests.Reports;

/// <summary>
/// A test that drives Debian's headless Chromium. Where /usr/bin/chromium is absent it is skipped with a message
/// that says so and how to get it; it never passes without a browser. CI installs Chromium (.ci/run).
/// </summary>
public sealed class ChromiumFactAttribute : FactAttribute
{
    public const string Executable = "/usr/bin/chromium";

    public ChromiumFactAttribute()
    {
        if (!File.Exists(Executable))
        {
            Skip = $"Chromium is not installed at {Executable}, so the browser tests cannot run: apt-get install chromium (.ci/run does this).";
        }
    }
}
