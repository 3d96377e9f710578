using System.Globalization;
using System.Resources;

namespace RoleModel.Validation;

/// <summary>
/// The text of a problem as a template of the resources <c>Validation/ProblemMessages.resx</c> (English) and its
/// translations (<c>ProblemMessages.de.resx</c>), with the values that fill it; or, for a message no template
/// covers yet, the English text itself. English is the template filled in the invariant culture, so the English
/// messages read exactly as they always did.
/// </summary>
internal sealed class ProblemMessage
{
    private static readonly ResourceManager Templates = new("RoleModel.Validation.ProblemMessages", typeof(ProblemMessage).Assembly);

    private readonly object?[] arguments;

    private ProblemMessage(string? key, string english, object?[] arguments)
    {
        Key = key;
        English = english;
        this.arguments = arguments;
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
            : Fill(template, culture, arguments);
    }

    /// <summary>The English template of a key and its translation in a culture, with the culture's fallbacks.</summary>
    internal static string Template(string key, CultureInfo culture) =>
        Templates.GetString(key, culture) ?? throw new InvalidOperationException($"The library has no problem message '{key}'.");

    private static string Fill(string template, CultureInfo culture, object?[] arguments) =>
        string.Format(culture, template, [.. arguments.Select(a => a is ProblemMessage inner ? inner.In(culture) : a)]);
}
