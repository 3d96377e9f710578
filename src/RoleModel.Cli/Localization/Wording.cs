using System.Globalization;
using System.Resources;
using NodaTime;
using NodaTime.Text;

namespace RoleModel.Cli.Localization;

/// <summary>
/// The tool's own wording in one language, from the resources <c>Localization/Wording.resx</c> (English) and its
/// translations (<c>Wording.de.resx</c>; a third language is one more file): texts by key, and dates, numbers and
/// shares written the way that language writes them. Every command and page takes its wording from here.
/// </summary>
internal sealed class Wording
{
    private static readonly ResourceManager Resources = new("RoleModel.Cli.Localization.Wording", typeof(Wording).Assembly);

    private readonly LocalDatePattern day;
    private readonly LocalDatePattern longDay;
    private readonly LocalDateTimePattern moment;
    private readonly bool momentInUtc;

    private Wording(CultureInfo culture)
    {
        Culture = culture;
        day = LocalDatePattern.Create(this["Format.Day"], culture);
        longDay = LocalDatePattern.Create(this["Format.LongDay"], culture);
        moment = LocalDateTimePattern.Create(this["Format.Moment"], culture);
        momentInUtc = this["Format.MomentZone"] == "UTC";
    }

    /// <summary>English wording, the tool's default.</summary>
    public static Wording English { get; } = new(CultureInfo.GetCultureInfo("en"));

    /// <summary>The language of the wording: <c>en</c> or a language the tool has a translation for, such as <c>de</c>.</summary>
    public CultureInfo Culture { get; }

    /// <summary>The language tag of a page in this wording (its <c>lang</c> attribute).</summary>
    public string Tag => Culture.TwoLetterISOLanguageName;

    /// <summary>Whether this is the English wording.</summary>
    public bool IsEnglish => Tag == "en";

    /// <summary>
    /// The wording for a language: that of its translation when the tool has one (<c>de</c> for <c>de-AT</c>), else English.
    /// </summary>
    public static Wording For(CultureInfo language)
    {
        for (var culture = language; !string.IsNullOrEmpty(culture.Name); culture = culture.Parent)
        {
            if (culture.TwoLetterISOLanguageName == "en")
            {
                return English;
            }

            if (Resources.GetResourceSet(culture, createIfNotExists: true, tryParents: false) is not null)
            {
                return new Wording(CultureInfo.GetCultureInfo(culture.TwoLetterISOLanguageName));
            }
        }

        return English;
    }

    /// <summary>
    /// The tool's wording for a command without a document's languages to choose from (an import, a broken
    /// document, a message before the document is read): that of <paramref name="lang"/> when given, else the
    /// user's language (<c>LC_ALL</c>, <c>LC_MESSAGES</c>, <c>LANG</c>).
    /// </summary>
    public static Wording ForUser(CliConsole console, string? lang = null)
    {
        if (lang is not null)
        {
            try
            {
                return For(CultureInfo.GetCultureInfo(lang));
            }
            catch (CultureNotFoundException)
            {
                return English;
            }
        }

        return For(console.Culture ?? CultureInfo.CurrentUICulture);
    }

    /// <summary>The text of a key; a key the resources lack is a bug of the tool, not of the input.</summary>
    public string this[string key] =>
        Resources.GetString(key, Culture) ?? throw new InvalidOperationException($"The tool's wording has no text '{key}'.");

    /// <summary>The text of a key with its holes filled, numbers written in this language.</summary>
    public string Format(string key, params object?[] values) => string.Format(Culture, this[key], values);

    /// <summary>The word for an enumeration value (key <c>Type.Value</c>, such as <c>TaskOrigin.SelfInitiated</c>).</summary>
    public string Name<T>(T value)
        where T : struct, Enum => this[$"{typeof(T).Name}.{value}"];

    /// <summary>A count with its noun (keys <c>KEY.One</c> and <c>KEY.Other</c>): "1 task", "3 Aufgaben".</summary>
    public string Count(int count, string key) => Format(count == 1 ? key + ".One" : key + ".Other", Number(count));

    /// <summary>A day in tables and short lines: 2024-06-30 in English, 30.06.2024 in German.</summary>
    public string Day(LocalDate date) => day.Format(date);

    /// <summary>A day in running text: 30 June 2024, 30. Juni 2024.</summary>
    public string LongDay(LocalDate date) => longDay.Format(date);

    /// <summary>
    /// An instant in a heading line, such as "as known at": in English as recorded, in UTC (2026-01-01T00:00:00Z, the
    /// form <c>--known-at</c> takes); in German in the reader's time zone (<see cref="Today.Zone"/>), 01.01.2026, 01:00 Uhr.
    /// The language's resources choose (<c>Format.Moment</c>, <c>Format.MomentZone</c>).
    /// </summary>
    public string Moment(Instant instant) => moment.Format(instant.InZone(momentInUtc ? DateTimeZone.Utc : Today.Zone).LocalDateTime);

    /// <summary>A whole number with the language's group separator: 1,234 or 1.234.</summary>
    public string Number(int value) => value.ToString("N0", Culture);

    /// <summary>A number with up to <paramref name="decimals"/> decimals, with the language's decimal mark.</summary>
    public string Number(decimal value, int decimals = 2) => value.ToString("0." + new string('#', decimals), Culture);

    /// <summary>A share in percent: "12.5 %" in English, "12,5 %" (no-break space) in German.</summary>
    public string Percent(decimal share) => Format("Format.Percent", Number(share));

    /// <summary>Items joined as a list in running text: "a, b and c", "a, b und c".</summary>
    public string List(IReadOnlyList<string> items) => items.Count switch
    {
        0 => this["List.None"],
        1 => items[0],
        _ => Format("List.Last", string.Join(", ", items.Take(items.Count - 1)), items[^1]),
    };
}
