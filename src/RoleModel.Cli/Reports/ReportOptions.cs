using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using System.Text.RegularExpressions;

namespace RoleModel.Cli.Reports;

/// <summary>Options of the page-writing commands (report, describe) that the other commands do not have.</summary>
internal static partial class ReportOptions
{
    public static Option<string?> Language(string description) => new("--lang")
    {
        Description = description,
        CustomParser = ParseLanguage,
    };

    public static Option<FileInfo> Out(string description, bool required) => new("--out")
    {
        Description = description + " Written atomically: complete or not at all.",
        Required = required,
    };

    public static CultureInfo Culture(string tag) => CultureInfo.GetCultureInfo(tag);

    /// <summary>A language tag such as <c>de</c> or <c>en-GB</c>; anything else is a usage error naming the value.</summary>
    private static string? ParseLanguage(ArgumentResult result)
    {
        var text = result.Tokens.Count > 0 ? result.Tokens[0].Value : string.Empty;
        if (LanguageTag().IsMatch(text))
        {
            try
            {
                _ = CultureInfo.GetCultureInfo(text, predefinedOnly: true);
                return text;
            }
            catch (CultureNotFoundException)
            {
                // Reported below.
            }
        }

        result.AddError($"'{text}' is not a language for --lang; expected a language tag such as de or en.");
        return null;
    }

    [GeneratedRegex("^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$")]
    private static partial Regex LanguageTag();
}
