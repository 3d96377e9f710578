namespace RoleModel.Interop.Onet;

/// <summary>The two ratings of one element for one occupation, with their other columns.</summary>
internal sealed class OnetRating(string elementId, OnetColumns columns)
{
    public string ElementId { get; } = elementId;

    public OnetColumns Columns { get; } = columns;

    public double? Importance { get; private set; }

    public string?[]? ImportanceValues { get; private set; }

    public double? Level { get; private set; }

    public string?[]? LevelValues { get; private set; }

    public bool LevelNotRelevant { get; private set; }

    public bool Set(string scale, double value, string?[] values, bool notRelevant)
    {
        if (scale == "IM")
        {
            if (Importance is not null)
            {
                return false;
            }

            (Importance, ImportanceValues) = (value, values);
            return true;
        }

        if (Level is not null)
        {
            return false;
        }

        (Level, LevelValues, LevelNotRelevant) = (value, values, notRelevant);
        return true;
    }
}
