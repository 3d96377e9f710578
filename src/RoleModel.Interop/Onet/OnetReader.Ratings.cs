using System.Globalization;
using RoleModel.Validation;

namespace RoleModel.Interop.Onet;

/// <summary>Skills and Knowledge: one Importance (IM) and one Level (LV) rating per occupation and element.</summary>
internal sealed partial class OnetReader
{
    private readonly Dictionary<string, (string Name, string Description, int Order)> contentModel = new(StringComparer.Ordinal);
    private readonly List<(string Id, string Name, CompetencyKind Kind)> elements = [];
    private readonly HashSet<string> elementIds = new(StringComparer.Ordinal);

    private void ReadRatings(string name, CompetencyKind kind)
    {
        using var table = Open(name);
        var columns = table?.RequireColumns(SocColumn, "Element ID", "Element Name", "Scale ID", "Data Value");
        if (table is null || columns is null)
        {
            return;
        }

        var notRelevant = table.IndexOf("Not Relevant");
        var generic = new OnetColumns(table, [SocColumn, "Title", "Element ID", "Element Name", "Scale ID", "Scale Name"], string.Empty);
        while (table.Read())
        {
            var soc = table.Get(columns[0]).Trim();
            var elementId = table.Get(columns[1]).Trim();
            var scale = table.Get(columns[3]).Trim();
            var valueText = table.Get(columns[4]).Trim();
            if (elementId.Length == 0)
            {
                table.Error(ProblemMessage.Of("Onet.RatingNoElement", soc));
                continue;
            }

            var (minimum, maximum) = scale switch { "IM" => (1.0, 5.0), "LV" => (0.0, 7.0), _ => (double.NaN, double.NaN) };
            if (double.IsNaN(minimum))
            {
                table.Warning(ProblemMessage.Of("Onet.RatingOtherScale", elementId, soc, scale));
                continue;
            }

            if (!double.TryParse(valueText, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || value < minimum || value > maximum)
            {
                table.Error(ProblemMessage.Of("Onet.RatingOutOfRange", valueText, elementId, soc, minimum, maximum, scale));
                continue;
            }

            if (elementIds.Add(elementId))
            {
                elements.Add((elementId, table.Get(columns[2]).Trim(), kind));
            }

            if (FindOccupation(table, soc, ProblemMessage.Of("Onet.What.Rating", elementId)) is not { } occupation)
            {
                continue;
            }

            if (!occupation.Ratings.TryGetValue(elementId, out var rating))
            {
                occupation.Ratings[elementId] = rating = new OnetRating(elementId, generic);
                occupation.RatingOrder.Add(rating);
            }

            if (!rating.Set(scale, value, generic.Read(table), notRelevant >= 0 && table.Get(notRelevant).Trim() is "Y"))
            {
                table.Warning(ProblemMessage.Of("Onet.RatingTwice", scale, elementId, soc));
            }
        }

        Done(table);
    }
}
