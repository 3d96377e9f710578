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

    /// <summary>The edit distance of two names, or <see cref="int.MaxValue"/> when their lengths differ by more than eight (never a suggestion).</summary>
    internal static int Distance(string a, string b)
    {
        if (Math.Abs(a.Length - b.Length) > 8)
        {
            return int.MaxValue;
        }

        return EditDistance.OptimalStringAlignment(a, b);
    }
}
