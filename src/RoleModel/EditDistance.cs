namespace RoleModel;

/// <summary>
/// The optimal string alignment distance (Levenshtein with swaps of neighbours), ordinal. One implementation
/// for the reader's "did you mean" suggestions and the tool's search, which compiles this file in as well.
/// </summary>
internal static class EditDistance
{
    /// <summary>The number of single-character insertions, deletions, substitutions and neighbour swaps that turn one string into the other.</summary>
    internal static int OptimalStringAlignment(string a, string b)
    {
        var previous2 = new int[b.Length + 1];
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                var value = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    value = Math.Min(value, previous2[j - 2] + 1);
                }

                current[j] = value;
            }

            (previous2, previous, current) = (previous, current, previous2);
        }

        return previous[b.Length];
    }
}
