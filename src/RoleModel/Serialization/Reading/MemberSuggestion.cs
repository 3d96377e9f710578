namespace RoleModel.Serialization.Reading;

/// <summary>
/// Unknown member names: which are deliberate extensions (a <c>prefix:</c> namespace), and which known member
/// a misspelled one is closest to.
/// </summary>
internal static class MemberSuggestion
{
    /// <summary>
    /// Whether a name is in an extension namespace, <c>^[A-Za-z][A-Za-z0-9-]*:</c> (such as <c>esco:uri</c>):
    /// kept without a warning.
    /// </summary>
    internal static bool IsExtension(string name)
    {
        var colon = name.IndexOf(':', StringComparison.Ordinal);
        if (colon <= 0 || !char.IsAsciiLetter(name[0]))
        {
            return false;
        }

        foreach (var c in name.AsSpan(1, colon - 1))
        {
            if (!char.IsAsciiLetterOrDigit(c) && c != '-')
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// The known member closest to an unknown name, or null when none is near: at most one edit (insertion,
    /// deletion, substitution or swap of neighbours) per three characters, and at least one allowed; letter
    /// case alone always counts as near.
    /// </summary>
    internal static string? Closest(string name, IEnumerable<string> known)
    {
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var candidate in known)
        {
            if (candidate.StartsWith('$'))
            {
                continue;
            }

            var distance = string.Equals(candidate, name, StringComparison.OrdinalIgnoreCase) ? 0 : Distance(name, candidate);
            var allowed = Math.Max(1, Math.Min(name.Length, candidate.Length) / 3);
            if (distance <= allowed && distance < bestDistance)
            {
                best = candidate;
                bestDistance = distance;
            }
        }

        return best;
    }

    /// <summary>The optimal string alignment distance (Levenshtein with swaps of neighbours), ordinal.</summary>
    internal static int Distance(string a, string b)
    {
        if (Math.Abs(a.Length - b.Length) > 8)
        {
            return int.MaxValue;
        }

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
