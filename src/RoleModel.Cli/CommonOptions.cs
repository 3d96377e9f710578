using System.CommandLine;
using System.Globalization;
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
        HelpName = "text|json",
        CustomParser = ParseFormat,
    };

    public static Option<string?> Lang() => new("--lang")
    {
        Description = "The language of titles, such as en or de; default: your language when the document has it, else the document's first language.",
    };

    /// <summary><c>--top N</c>, at least 1.</summary>
    public static Option<int> Top(string description, int defaultValue) => new("--top")
    {
        Description = $"{description}.",
        DefaultValueFactory = _ => defaultValue,
        CustomParser = result => ParseCount(result),
    };

    /// <summary>
    /// A whole number of at least 1, or a plain usage error for anything else, including a number too large
    /// for the option (the default parser would fail later with "Cannot parse argument").
    /// </summary>
    public static int ParseCount(ArgumentResult result)
    {
        var text = Token(result);
        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value >= 1)
        {
            return value;
        }

        result.AddError(string.Create(CultureInfo.InvariantCulture, $"'{text}' is not valid for {OptionName(result)}; expected a whole number from 1 to {int.MaxValue:N0}."));
        return 1;
    }

    /// <summary>A percentage from 0 to 100 (<c>12.5</c>, a point for decimals), or a plain usage error.</summary>
    public static decimal ParsePercent(ArgumentResult result)
    {
        var text = Token(result);
        if (decimal.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value) && value <= 100)
        {
            return value;
        }

        result.AddError($"'{text}' is not valid for {OptionName(result)}; expected a percentage from 0 to 100, such as 12.5.");
        return 0;
    }

    /// <summary>An absolute http or https URI, or a plain usage error.</summary>
    public static Uri ParseAbsoluteUri(ArgumentResult result)
    {
        var text = Token(result);
        if (Uri.TryCreate(text, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp))
        {
            return uri;
        }

        result.AddError($"'{text}' is not valid for {OptionName(result)}; expected an absolute http or https URI, such as https://example.org/case/.");
        return new Uri("https://example.org/");
    }

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

    private static OutputFormat ParseFormat(ArgumentResult result)
    {
        var text = Token(result);
        switch (text.ToUpperInvariant())
        {
            case "TEXT":
                return OutputFormat.Text;
            case "JSON":
                return OutputFormat.Json;
            default:
                result.AddError($"'{text}' is not a valid format for --format; expected text or json.");
                return OutputFormat.Text;
        }
    }

    /// <summary>
    /// A day <c>yyyy-MM-dd</c>, or a usage error that says whether the form is wrong or, the form being right, which
    /// month or day does not exist ("'2025-04-31' is not a day for --as-of: April 2025 has 30 days").
    /// </summary>
    private static LocalDate? ParseDate(ArgumentResult result)
    {
        var text = Token(result);
        var parsed = LocalDatePattern.Iso.Parse(text);
        if (parsed.Success && text.Length == 10 && parsed.Value.Year >= 1)
        {
            return parsed.Value;
        }

        result.AddError(DateError(text, OptionName(result), Localization.Wording.For(CultureInfo.CurrentUICulture)));
        return null;
    }

    /// <summary>Why <paramref name="text"/> is not a day for <paramref name="option"/>: its form, or the year, month or day that does not exist.</summary>
    internal static string DateError(string text, string option, Localization.Wording w)
    {
        var form = System.Text.RegularExpressions.Regex.Match(text, @"^([0-9]{4})-([0-9]{2})-([0-9]{2})$", System.Text.RegularExpressions.RegexOptions.CultureInvariant);
        if (!form.Success)
        {
            return w.Format("Error.DateForm", text, option);
        }

        var year = int.Parse(form.Groups[1].Value, CultureInfo.InvariantCulture);
        var month = int.Parse(form.Groups[2].Value, CultureInfo.InvariantCulture);
        if (year == 0)
        {
            return w.Format("Error.DateNoYear", text, option);
        }

        if (month is < 1 or > 12)
        {
            return w.Format("Error.DateNoMonth", text, option, form.Groups[2].Value);
        }

        return w.Format("Error.DateNoDay", text, option, w.Culture.DateTimeFormat.GetMonthName(month), year, CalendarSystem.Iso.GetDaysInMonth(year, month));
    }

    /// <summary>An ISO 8601 instant in UTC, or a located, plain usage error.</summary>
    private static Instant? ParseInstant(ArgumentResult result)
    {
        var text = Token(result);
        var parsed = InstantPattern.ExtendedIso.Parse(text);
        if (parsed.Success)
        {
            return parsed.Value;
        }

        result.AddError($"'{text}' is not a valid instant for {OptionName(result)}; expected an ISO 8601 instant in UTC, such as 2026-03-01T09:30:00Z.");
        return null;
    }

    /// <summary>
    /// Parses an option's value with a check that returns null or throws <see cref="ArgumentException"/> (the library's
    /// own rule) for a bad value, which then becomes a plain usage error naming the option and what it expects.
    /// </summary>
    internal static T Checked<T>(ArgumentResult result, string text, string what, string expected, Func<T> parse)
    {
        try
        {
            if (parse() is { } value)
            {
                return value;
            }
        }
        catch (ArgumentException)
        {
            // the value parses but breaks the rule: reported below like one that does not parse
        }

        result.AddError($"'{text}' is not a valid {what} for {OptionName(result)}; expected {expected}.");
        return default!;
    }

    /// <summary>A decimal number (invariant, no sign or exponent) that the library's <paramref name="check"/> accepts, else a usage error.</summary>
    internal static double? Number(ArgumentResult result, string what, string expected, Action<double> check)
    {
        var text = Token(result);
        return Checked<double?>(result, text, what, expected, () =>
        {
            if (!double.TryParse(text, NumberStyles.AllowDecimalPoint, Text.Culture, out var value))
            {
                return null;
            }

            check(value);
            return value;
        });
    }

    /// <summary>The text given for an option, empty when there is none.</summary>
    internal static string Token(ArgumentResult result) => result.Tokens.Count > 0 ? result.Tokens[0].Value : string.Empty;

    private static string OptionName(ArgumentResult result) =>
        result.Parent is OptionResult option ? option.Option.Name : "the argument";
}
