using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;

namespace RoleModel.Cli.Reports;

/// <summary>Markup that is already safe HTML, written as it is (everything else is escaped).</summary>
internal readonly record struct HtmlFragment(string Html);

/// <summary>
/// Builds an HTML page. Interpolated holes are HTML-escaped unless they are <see cref="HtmlFragment"/>s, so text
/// from a document (which is hostile input) can never become markup: <c>html.Write($"&lt;td&gt;{title}&lt;/td&gt;")</c>.
/// </summary>
internal sealed class HtmlWriter
{
    public StringBuilder Builder { get; } = new();

    /// <summary>Appends the interpolated markup; the handler has already written it into <see cref="Builder"/>.</summary>
#pragma warning disable CA1822 // The handler writes through this instance, which the interpolation passes to it.
    public void Write([InterpolatedStringHandlerArgument("")] ref HtmlHandler html) => _ = html;
#pragma warning restore CA1822

    public void Raw(string html) => Builder.Append(html);

    public override string ToString() => Builder.ToString();

    /// <summary>Text as HTML: the five special characters escaped, control characters other than white space dropped.</summary>
    public static string Escape(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var result = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            _ = c switch
            {
                '&' => result.Append("&amp;"),
                '<' => result.Append("&lt;"),
                '>' => result.Append("&gt;"),
                '"' => result.Append("&quot;"),
                '\'' => result.Append("&#39;"),
                _ when char.IsControl(c) && c is not ('\n' or '\t' or '\r') => result,
                _ => result.Append(c),
            };
        }

        return result.ToString();
    }
}

/// <summary>The interpolation handler of <see cref="HtmlWriter.Write"/>: literals raw, holes escaped.</summary>
[InterpolatedStringHandler]
internal readonly ref struct HtmlHandler
{
    private readonly StringBuilder builder;

    public HtmlHandler(int literalLength, int formattedCount, HtmlWriter writer)
    {
        _ = (literalLength, formattedCount);
        builder = writer.Builder;
    }

    public void AppendLiteral(string text) => builder.Append(text);

    public void AppendFormatted(HtmlFragment fragment) => builder.Append(fragment.Html);

    public void AppendFormatted(string? text) => builder.Append(HtmlWriter.Escape(text));

    public void AppendFormatted<T>(T value) => builder.Append(HtmlWriter.Escape(Convert.ToString(value, CultureInfo.InvariantCulture)));

    public void AppendFormatted<T>(T value, string format)
        where T : IFormattable => builder.Append(HtmlWriter.Escape(value.ToString(format, CultureInfo.InvariantCulture)));
}
