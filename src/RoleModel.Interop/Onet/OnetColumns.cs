using System.Globalization;
using RoleModel.Interop.Tables;

namespace RoleModel.Interop.Onet;

/// <summary>
/// The columns of an O*NET table that map to no member: kept under the camelCase column name (such as
/// <c>incumbentsResponding</c>), optionally prefixed; numbers as JSON numbers, other text as strings.
/// </summary>
internal sealed class OnetColumns
{
    private readonly int[] indexes;
    private readonly string[] names;

    public OnetColumns(Table table, ICollection<string> mapped, string prefix)
    {
        indexes = [.. Enumerable.Range(0, table.Headers.Count).Where(i => table.Headers[i].Length > 0 && !mapped.Contains(table.Headers[i]))];
        names = [.. indexes.Select(i => prefix + CamelCase(table.Headers[i]))];
    }

    public string?[] Read(Table table)
    {
        var values = new string?[indexes.Length];
        for (var i = 0; i < indexes.Length; i++)
        {
            var value = table.Get(indexes[i]).Trim();
            values[i] = value.Length == 0 ? null : value;
        }

        return values;
    }

    public void Write(ExtensionWriter writer, string?[] values)
    {
        for (var i = 0; i < values.Length; i++)
        {
            if (values[i] is { } value)
            {
                if (double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) && double.IsFinite(number))
                {
                    writer.Number(names[i], number);
                }
                else
                {
                    writer.String(names[i], value);
                }
            }
        }
    }

    /// <summary>"Lower CI Bound" becomes "lowerCiBound", "O*NET-SOC Code" "onetSocCode".</summary>
    internal static string CamelCase(string header)
    {
        var words = header.Split([' ', '-', '*', '_', '/'], StringSplitOptions.RemoveEmptyEntries);
        return string.Concat(words.Select((w, i) => i == 0
            ? w.ToLowerInvariant()
            : char.ToUpperInvariant(w[0]) + w[1..].ToLowerInvariant()));
    }
}
