namespace RoleModel.Interop.Onet;

/// <summary>One occupation being imported, with what later tables add to it.</summary>
internal sealed class OnetOccupation(string soc, string title, string description, OnetColumns columns, string?[] values)
{
    public string Soc { get; } = soc;

    public string Title { get; } = title;

    public string Description { get; } = description;

    public OnetColumns Columns { get; } = columns;

    public string?[] Values { get; } = values;

    public int? JobZone { get; set; }

    public OnetColumns? JobZoneColumns { get; set; }

    public string?[]? JobZoneValues { get; set; }

    public Dictionary<string, OnetRating> Ratings { get; } = new(StringComparer.Ordinal);

    public List<OnetRating> RatingOrder { get; } = [];

    public List<RoleTask> Tasks { get; } = [];
}
