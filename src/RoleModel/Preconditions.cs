using System.Collections.Immutable;
using System.Runtime.CompilerServices;

namespace RoleModel;

/// <summary>
/// Argument checks at the public boundary. Each failure throws a BCL exception whose one-sentence message
/// states the rule that was broken, so that a caller (or the JSON reader, which turns these messages into
/// located problems) can report it as it is.
/// </summary>
internal static class Preconditions
{
    internal static T CheckNotNull<T>(T? value, [CallerArgumentExpression(nameof(value))] string? name = null)
        where T : class =>
        value ?? throw new ArgumentNullException(name, $"The {name} must not be null.");

    internal static string CheckIdentifier(string? value, [CallerArgumentExpression(nameof(value))] string? name = null)
    {
        CheckNotNull(value, name);
        if (IdentifierRule(value!) is { } rule)
        {
            throw new ArgumentException($"The {name} {rule}.", name);
        }

        return value!;
    }

    /// <summary>The rule an identifier breaks ("must not be empty or white space"), or null when it is one.</summary>
    internal static string? IdentifierRule(string value)
    {
        if (FormatWhiteSpace.IsBlank(value))
        {
            return "must not be empty or white space";
        }

        return FormatWhiteSpace.Contains(value[0]) || FormatWhiteSpace.Contains(value[^1]) ? "must not start or end with white space" : null;
    }

    internal static string? CheckOptionalIdentifier(string? value, [CallerArgumentExpression(nameof(value))] string? name = null) =>
        value is null ? null : CheckIdentifier(value, name);

    internal static decimal CheckPercentage(decimal value, [CallerArgumentExpression(nameof(value))] string? name = null)
    {
        if (value < 0m || value > 100m)
        {
            throw new ArgumentOutOfRangeException(name, value, $"The {name} must be a percentage between 0 and 100.");
        }

        return value;
    }

    internal static T CheckDefined<T>(T value, [CallerArgumentExpression(nameof(value))] string? name = null)
        where T : struct, Enum
    {
        if (!Enum.IsDefined(value))
        {
            throw new ArgumentOutOfRangeException(name, value, $"The {name} must be one of the values defined by {typeof(T).Name}.");
        }

        return value;
    }

    /// <summary>Copies a sequence into an immutable array, refusing a null sequence or null elements.</summary>
    internal static ImmutableArray<T> CheckItems<T>(IEnumerable<T>? items, [CallerArgumentExpression(nameof(items))] string? name = null)
        where T : class
    {
        if (items is null)
        {
            return [];
        }

        var array = items is ImmutableArray<T> immutable ? immutable : [.. items];
        foreach (var item in array)
        {
            if (item is null)
            {
                throw new ArgumentException($"The {name} must not contain null elements.", name);
            }
        }

        return array;
    }

    /// <summary>Copies identifiers, checking each one and refusing duplicates (ordinal comparison).</summary>
    internal static ImmutableArray<string> CheckDistinctIdentifiers(IEnumerable<string>? items, [CallerArgumentExpression(nameof(items))] string? name = null) =>
        CheckDistinctIdentifiers(CheckItems(items, name), name);

    /// <summary>Checks identifiers already in an immutable array (no copy), refusing null, broken and repeated ones.</summary>
    internal static ImmutableArray<string> CheckDistinctIdentifiers(ImmutableArray<string> array, string? name)
    {
        if (array.IsDefault)
        {
            throw new ArgumentNullException(name);
        }

        foreach (var item in array)
        {
            if (item is null)
            {
                throw new ArgumentException($"The {name} must not contain null elements.", name);
            }

            CheckIdentifier(item, name);
        }

        var duplicate = FindDuplicate(array, static id => id, StringComparer.Ordinal);
        if (duplicate is not null)
        {
            throw new ArgumentException($"The {name} must not contain '{duplicate}' twice.", name);
        }

        return array;
    }

    /// <summary>The key of the first item whose key equals an earlier one's, or null. Short lists (the usual case) need no hash set.</summary>
    internal static string? FindDuplicate<T>(ImmutableArray<T> items, Func<T, string> key, StringComparer comparer)
    {
        if (items.Length <= 8)
        {
            for (var i = 1; i < items.Length; i++)
            {
                for (var j = 0; j < i; j++)
                {
                    if (comparer.Equals(key(items[i]), key(items[j])))
                    {
                        return key(items[i]);
                    }
                }
            }

            return null;
        }

        var seen = new HashSet<string>(items.Length, comparer);
        foreach (var item in items)
        {
            if (!seen.Add(key(item)))
            {
                return key(item);
            }
        }

        return null;
    }
}
