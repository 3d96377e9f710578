using System.Globalization;
using Spectre.Console;

namespace RoleModel.Cli;

/// <summary>Text output for people: a Spectre console over the command's writer, coloured only where allowed.</summary>
internal static class Text
{
    public static readonly CultureInfo Culture = CultureInfo.InvariantCulture;

    public static IAnsiConsole Console(CliConsole console)
    {
        var ansi = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(console.Out),
            Ansi = console.UseColor ? AnsiSupport.Yes : AnsiSupport.No,
            ColorSystem = console.UseColor ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
        });
        ansi.Profile.Width = console.IsTerminal ? ansi.Profile.Width : 160;
        return ansi;
    }

    /// <summary>A localized text for display: English first, then the text's own fallback.</summary>
    public static string Show(LocalizedText text) => text.Get(CultureInfo.GetCultureInfo("en")) ?? string.Empty;

    /// <summary>An enumeration value as its camelCase name, the form the JSON format uses (<c>selfInitiated</c>).</summary>
    public static string Name<T>(T value)
        where T : struct, Enum => System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(value.ToString());

    /// <summary>A count with its noun, such as <c>1 warning</c> or <c>3 warnings</c>.</summary>
    public static string Count(int count, string noun) => $"{count} {noun}{(count == 1 ? string.Empty : "s")}";

    public static string Percent(decimal share) => share.ToString("0.##", Culture) + " %";

    public static string Escape(string text) => Markup.Escape(text);
}
