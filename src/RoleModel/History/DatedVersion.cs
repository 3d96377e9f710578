using NodaTime;

namespace RoleModel.History;

/// <summary>
/// A value that holds over a run of days: from <see cref="From"/> up to, not including, <see cref="Until"/>.
/// One entry of a timeline. Immutable.
/// </summary>
/// <typeparam name="T">The value, such as a <see cref="RoleTask"/> or a <see cref="RoleSnapshot"/>.</typeparam>
/// <remarks>Equality: the same days and an equal value.</remarks>
public sealed class DatedVersion<T> : IEquatable<DatedVersion<T>>
    where T : class
{
    /// <summary>Creates a dated version.</summary>
    /// <param name="from">The first day the value holds.</param>
    /// <param name="until">The first day it no longer holds, or null when it still holds.</param>
    /// <param name="value">The value.</param>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="until"/> is not after <paramref name="from"/>.</exception>
    public DatedVersion(LocalDate from, LocalDate? until, T value)
    {
        if (until is { } end && end <= from)
        {
            throw new ArgumentException("The end of a dated version must be after its start.", nameof(until));
        }

        From = from;
        Until = until;
        Value = Preconditions.CheckNotNull(value);
    }

    /// <summary>The first day the value holds.</summary>
    public LocalDate From { get; }

    /// <summary>The first day the value no longer holds (exclusive end), or null when it still holds.</summary>
    public LocalDate? Until { get; }

    /// <summary>The value.</summary>
    public T Value { get; }

    /// <summary>Whether the value holds on a day.</summary>
    /// <param name="day">The day.</param>
    /// <returns>True when <see cref="From"/> &lt;= <paramref name="day"/> and the day is before <see cref="Until"/>, if any.</returns>
    public bool Contains(LocalDate day) => day >= From && (Until is not { } end || day < end);

    /// <inheritdoc />
    public bool Equals(DatedVersion<T>? other) =>
        other is not null && From == other.From && Until == other.Until && Value.Equals(other.Value);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as DatedVersion<T>);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(From, Until, Value);

    /// <summary>The days and the value, such as <c>[2024-01-01, 2024-07-01) t-3</c>.</summary>
    /// <returns>The version as text.</returns>
    public override string ToString() =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"[{From:uuuu-MM-dd}, {Until?.ToString("uuuu-MM-dd", null) ?? "…"}) {Value}");
}
