namespace RoleModel.Serialization;

/// <summary>
/// The names of one enumeration on the wire, in both directions, from a single table (no reflection, so the
/// library stays trimming- and AOT-safe).
/// </summary>
/// <typeparam name="T">The enumeration.</typeparam>
internal sealed class WireEnum<T>
    where T : struct, Enum
{
    private readonly (T Value, string Name)[] pairs;

    internal WireEnum(params (T Value, string Name)[] pairs)
    {
        this.pairs = pairs;
        Names = string.Join(", ", pairs.Select(p => p.Name));
    }

    /// <summary>All names, comma-separated, for messages ("expected one of: ...").</summary>
    internal string Names { get; }

    internal string Format(T value)
    {
        foreach (var (candidate, name) in pairs)
        {
            if (EqualityComparer<T>.Default.Equals(candidate, value))
            {
                return name;
            }
        }

        throw new ArgumentOutOfRangeException(nameof(value), value, $"The value must be one of the values defined by {typeof(T).Name}.");
    }

    internal T? Parse(string text)
    {
        foreach (var (value, name) in pairs)
        {
            if (string.Equals(name, text, StringComparison.Ordinal))
            {
                return value;
            }
        }

        return null;
    }
}
