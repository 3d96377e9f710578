using System.Globalization;
using System.Resources;

namespace RoleModel.Interop;

/// <summary>
/// The text of an import problem as a template of the resources <c>ImportMessages.resx</c> (English) and its
/// translations (<c>ImportMessages.de.resx</c>), with the values that fill it; or, for a message no template covers,
/// the English text itself. English is the template filled in the invariant culture, so the English messages read
/// exactly as they always did.
/// </summary>
internal sealed class ImportMessage
{
    private static readonly ResourceManager Templates = new("RoleModel.Interop.ImportMessages", typeof(ImportMessage).Assembly);

    private readonly object?[] arguments;
    private readonly string prefix;

    private ImportMessage(string? key, string english, object?[] arguments, string prefix = "")
    {
        Key = key;
        English = prefix + english;
        this.arguments = arguments;
        this.prefix = prefix;
    }

    /// <summary>The key of the template, or null for a message without one.</summary>
    public string? Key { get; }

    /// <summary>The English message.</summary>
    public string English { get; }

    /// <summary>A message from a template; the values may be messages themselves, rendered in the same language.</summary>
    public static ImportMessage Of(string key, params object?[] arguments) =>
        new(key, Fill(Template(key, CultureInfo.InvariantCulture), CultureInfo.InvariantCulture, arguments), arguments);

    /// <summary>The message after a location that reads the same in every language, such as a JSON path: <c>$.title: …</c>.</summary>
    public ImportMessage At(string location) => new(Key, English[prefix.Length..], arguments, location + ": " + prefix);

    /// <summary>A message with no template: the same text in every language.</summary>
    public static implicit operator ImportMessage(string english) => new(null, english, []);

    /// <summary>The message in a language: its template's translation when there is one, else English.</summary>
    public string In(CultureInfo culture)
    {
        if (Key is null)
        {
            return English;
        }

        // A language without a translation of this template reads the English exactly.
        var template = Template(Key, culture);
        return string.Equals(template, Template(Key, CultureInfo.InvariantCulture), StringComparison.Ordinal)
            ? English
            : prefix + Fill(template, culture, arguments);
    }

    private static string Template(string key, CultureInfo culture) =>
        Templates.GetString(key, culture) ?? throw new InvalidOperationException($"The importers have no problem message '{key}'.");

    private static string Fill(string template, CultureInfo culture, object?[] arguments) =>
        string.Format(culture, template, [.. arguments.Select(a => a is ImportMessage inner ? inner.In(culture) : a)]);
}
