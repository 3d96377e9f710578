using System.Globalization;

namespace RoleModel.Validation;

/// <summary>
/// The text of a problem as a template of a resource file (English) and its translations, with the values that fill
/// it; or, for a message no template covers yet, the English text itself. English is the template filled in the
/// invariant culture, so the English messages read exactly as they always did. One source for the library's problems
/// (templates in <c>Validation/ProblemMessages.resx</c>) and the importers' (<c>RoleModel.Interop/ImportMessages.resx</c>):
/// this file is compiled into both assemblies, and each names its own templates in <c>ProblemMessage.Templates.cs</c>.
/// </summary>
internal sealed partial class ProblemMessage
{
    private readonly object?[] arguments;
    private readonly string prefix;

    private ProblemMessage(string? key, string english, object?[] arguments, string prefix = "")
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
    public static ProblemMessage Of(string key, params object?[] arguments) =>
        new(key, Fill(Template(key, CultureInfo.InvariantCulture), CultureInfo.InvariantCulture, arguments), arguments);

    /// <summary>
    /// A message whose English is given (it names things no template lists, such as "an array of tags") and whose
    /// other languages use a template that needs no such name; in English, and in a language without a translation,
    /// it reads as given.
    /// </summary>
    public static ProblemMessage Worded(string english, string key, params object?[] arguments) => new(key, english, arguments);

    /// <summary>The message after a location that reads the same in every language, such as a JSON path: <c>$.title: …</c>.</summary>
    public ProblemMessage At(string location) => new(Key, English[prefix.Length..], arguments, location + ": " + prefix);

    /// <summary>A message with no template: the same text in every language.</summary>
    public static implicit operator ProblemMessage(string english) => new(null, english, []);

    /// <summary>The message in a language: its template's translation when there is one, else English.</summary>
    public string In(CultureInfo culture)
    {
        if (Key is null)
        {
            return English;
        }

        // A language without a translation of this template reads the English exactly, month names and numbers included.
        var template = Template(Key, culture);
        return string.Equals(template, Template(Key, CultureInfo.InvariantCulture), StringComparison.Ordinal)
            ? English
            : prefix + Fill(template, culture, arguments);
    }

    /// <summary>The English template of a key and its translation in a culture, with the culture's fallbacks.</summary>
    internal static string Template(string key, CultureInfo culture) =>
        Templates.GetString(key, culture) ?? throw new InvalidOperationException(NoTemplate(key));

    private static string Fill(string template, CultureInfo culture, object?[] arguments) =>
        string.Format(culture, template, [.. arguments.Select(a => a is ProblemMessage inner ? inner.In(culture) : a)]);
}
