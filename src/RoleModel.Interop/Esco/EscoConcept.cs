using RoleModel.Interop.Tables;

namespace RoleModel.Interop.Esco;

/// <summary>
/// One concept row being imported (skill, skill group, occupation or ISCO group), with what later files add
/// to it, until the domain object can be built.
/// </summary>
internal sealed class EscoConcept(string uri, string label, string description, GenericColumns columns, string?[] values)
{
    public string Uri { get; } = uri;

    public string Label { get; } = label;

    public string Description { get; } = description;

    public CompetencyKind? Kind { get; init; }

    /// <summary>The ISCO code (of a group) or ISCO group (of an occupation).</summary>
    public string? Code { get; init; }

    public GenericColumns Columns { get; } = columns;

    public string?[] Values { get; } = values;

    public List<string>? Broader { get; set; }

    public List<(string Uri, string RelationType)>? Related { get; set; }

    public List<string>? Collections { get; set; }

    public List<CompetencyRequirement>? Requirements { get; set; }

    public HashSet<string>? RequiredSkills { get; set; }

    public void WriteColumns(ExtensionWriter writer)
    {
        for (var i = 0; i < Values.Length; i++)
        {
            if (Values[i] is { } value)
            {
                if (Columns.Separators[i] is { } separators)
                {
                    writer.Strings(Columns.Names[i], value.Split(separators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
                }
                else
                {
                    writer.String(Columns.Names[i], value);
                }
            }
        }
    }
}

/// <summary>
/// The columns of a file that map to no member: each is kept as <c>esco:</c> + column name, lists
/// (labels, schemes) as arrays.
/// </summary>
internal sealed class GenericColumns
{
    private static readonly char[] LineSeparators = ['\n', '\r'];
    private static readonly char[] UriSeparators = ['\n', '\r', ','];

    private readonly int[] indexes;

    public GenericColumns(CsvTable table, ICollection<string> mapped)
    {
        var headers = table.Headers;
        var selected = Enumerable.Range(0, headers.Count).Where(i => !mapped.Contains(headers[i]) && headers[i].Length > 0).ToArray();
        indexes = selected;
        Names = [.. selected.Select(i => EscoExtensionNames.Prefix + headers[i])];
        Separators = [.. selected.Select(i => headers[i] switch
        {
            "altLabels" or "hiddenLabels" => LineSeparators,
            "inScheme" => UriSeparators,
            _ => null,
        })];
    }

    public string[] Names { get; }

    /// <summary>For list columns (labels by line, scheme URIs by line or comma), the separators; else null.</summary>
    public char[]?[] Separators { get; }

    public string?[] Read(CsvTable table)
    {
        var values = new string?[indexes.Length];
        for (var i = 0; i < indexes.Length; i++)
        {
            values[i] = table.IsEmpty(indexes[i]) ? null : table.Get(indexes[i]);
        }

        return values;
    }
}
