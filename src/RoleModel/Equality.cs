using System.Collections.Immutable;

namespace RoleModel;

/// <summary>Helpers for the hand-written, value-based equality of the domain types.</summary>
internal static class Equality
{
    /// <summary>Element-wise equality of two arrays, in order.</summary>
    internal static bool Sequence<T>(ImmutableArray<T> left, ImmutableArray<T> right)
    {
        if (left.Length != right.Length)
        {
            return false;
        }

        var comparer = EqualityComparer<T>.Default;
        for (var i = 0; i < left.Length; i++)
        {
            if (!comparer.Equals(left[i], right[i]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>A hash of the elements of an array, in order.</summary>
    internal static int SequenceHash<T>(ImmutableArray<T> items)
    {
        var hash = new HashCode();
        hash.Add(items.Length);
        foreach (var item in items)
        {
            hash.Add(item);
        }

        return hash.ToHashCode();
    }
}
