using System.CommandLine;
using System.CommandLine.Parsing;
using NodaTime;
using NodaTime.Text;

namespace RoleModel.Cli;

/// <summary>How a command prints its results.</summary>
internal enum OutputFormat
{
    /// <summary>For people: tables and sentences.</summary>
    Text,

    /// <summary>For pipelines: one JSON document.</summary>
    Json,
}

/// <summary>Options and arguments shared by several commands, built the same way everywhere.</summary>
internal static class CommonOptions
{
    public static Option<OutputFormat> Format() => new("--format")
    {
        Description = "Output format: text (default) or json.",
        DefaultValueFactory = _ => OutputFormat.Text,
    };

    public static Argument<FileInfo?> OptionalFile() => new("FILE")
    {
        Description = "A RoleModel JSON document; without it, the bundled municipal sample.",
        Arity = ArgumentArity.ZeroOrOne,
    };

    public static Option<string> Required(string name, string description) => new(name)
    {
        Description = description,
        Required = true,
    };

    public static Option<LocalDate?> Date(string name, string description, bool required = false) => new(name)
    {
        Description = $"{description} (yyyy-MM-dd).",
        Required = required,
        CustomParser = ParseDate,
    };

    public static Option<Instant?> Instant(string name, string description) => new(name)
    {
        Description = $"{description} (ISO 8601 instant such as 2026-03-01T00:00:00Z).",
        CustomParser = ParseInstant,
    };

    private static LocalDate? ParseDate(ArgumentResult result) =>
        Parse(result, LocalDatePattern.Iso, "date", "yyyy-MM-dd, such as 2026-01-31");

    private static Instant? ParseInstant(ArgumentResult result) =>
        Parse(result, InstantPattern.ExtendedIso, "instant", "an ISO 8601 instant in UTC, such as 2026-03-01T09:30:00Z");

    /// <summary>Parses the option's value with a NodaTime pattern, or records a located, plain usage error.</summary>
    private static T? Parse<T>(ArgumentResult result, IPattern<T> pattern, string what, string expected)
        where T : struct
    {
        var text = result.Tokens.Count > 0 ? result.Tokens[0].Value : string.Empty;
        var parsed = pattern.Parse(text);
        if (parsed.Success)
        {
            return parsed.Value;
        }

        result.AddError($"'{text}' is not a valid {what} for {OptionName(result)}; expected {expected}.");
        return null;
    }

    private static string OptionName(ArgumentResult result) =>
        result.Parent is OptionResult option ? option.Option.Name : "the argument";
}
