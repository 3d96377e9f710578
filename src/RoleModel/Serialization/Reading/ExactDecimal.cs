using System.Globalization;
using System.Text;

namespace RoleModel.Serialization.Reading;

/// <summary>
/// Whether a JSON number is exactly the <see cref="decimal"/> it was read as. <c>Utf8JsonReader</c> rounds a
/// number with more digits than a decimal holds (<c>100.0000000000000000000000000001</c> reads as 100); the
/// reader refuses such a number rather than change it silently.
/// </summary>
internal static class ExactDecimal
{
    /// <summary>Whether the number's text and the decimal have the same value (<c>12.50</c> and 12.5 do).</summary>
    internal static bool Represents(ReadOnlySpan<byte> number, decimal value) =>
        Canonical(Encoding.ASCII.GetString(number)) is { } text
        && text == Canonical(value.ToString(CultureInfo.InvariantCulture));

    /// <summary>
    /// A number as its significant digits and the position of the decimal point relative to them, such as
    /// "125@2" for 12.50 and 1.25e1; "0" for zero; null when the exponent is beyond any decimal.
    /// </summary>
    private static string? Canonical(string text)
    {
        var negative = text.StartsWith('-');
        var body = negative ? text[1..] : text;
        var exponent = 0L;
        var e = body.IndexOfAny(['e', 'E']);
        if (e >= 0)
        {
            var digitsOnly = body[..e];
            if (digitsOnly.All(c => c is '0' or '.'))
            {
                return "0";
            }

            if (!long.TryParse(body[(e + 1)..], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out exponent)
                || Math.Abs(exponent) > 1000)
            {
                return null;
            }

            body = digitsOnly;
        }

        var dot = body.IndexOf('.', StringComparison.Ordinal);
        var digits = dot < 0 ? body : string.Concat(body.AsSpan(0, dot), body.AsSpan(dot + 1));
        var point = (dot < 0 ? body.Length : dot) + exponent;
        var first = 0;
        while (first < digits.Length && digits[first] == '0')
        {
            first++;
            point--;
        }

        var significant = digits[first..].TrimEnd('0');
        if (significant.Length == 0)
        {
            return "0";
        }

        return string.Create(CultureInfo.InvariantCulture, $"{(negative ? "-" : string.Empty)}{significant}@{point}");
    }
}
