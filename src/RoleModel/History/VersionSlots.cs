using NodaTime;

namespace RoleModel.History;

/// <summary>
/// The versions of many keyed things (tasks, requirements, parts of the role definition) as flat arrays:
/// per key a range of entries sorted by effective day, then by the log position from which the entry is
/// known. A value of null means "absent from this day on".
/// </summary>
/// <remarks>
/// The value on a day as known up to log position <c>bound</c> (exclusive) is the last entry of the key's
/// range with <c>day &lt;= day</c> and <c>visible &lt; bound</c>: one binary search, then a backward scan
/// that is short unless many later-known entries have to be skipped.
/// </remarks>
internal sealed class VersionSlots<T>
    where T : class
{
    /// <summary>The day number of entries that hold from the beginning (the baseline).</summary>
    internal const int Beginning = int.MinValue;

    private readonly Dictionary<string, int> slotByKey;
    private readonly int[] starts;
    private readonly int[] days;
    private readonly int[] visible;
    private readonly T?[] values;
    private readonly int[] sources;
    private readonly long[] allDays; // every entry as (day << 32 | visible + 1), sorted

    private VersionSlots(List<string> keys, Dictionary<string, int> slotByKey, List<Entry> entries)
    {
        Keys = [.. keys];
        this.slotByKey = slotByKey;
        starts = new int[keys.Count + 1];
        foreach (var entry in entries)
        {
            starts[entry.Slot + 1]++;
        }

        for (var s = 0; s < keys.Count; s++)
        {
            starts[s + 1] += starts[s];
        }

        var next = (int[])starts.Clone();
        var order = new long[entries.Count];
        var placed = new Entry[entries.Count];
        foreach (var entry in entries)
        {
            var at = next[entry.Slot]++;
            order[at] = entry.SortKey;
            placed[at] = entry;
        }

        for (var s = 0; s < keys.Count; s++)
        {
            Array.Sort(order, placed, starts[s], starts[s + 1] - starts[s]);
        }

        days = new int[placed.Length];
        visible = new int[placed.Length];
        values = new T?[placed.Length];
        sources = new int[placed.Length];
        for (var i = 0; i < placed.Length; i++)
        {
            (days[i], visible[i], values[i], sources[i]) = (placed[i].Day, placed[i].Visible, placed[i].Value, placed[i].Source);
        }

        allDays = order;
        Array.Sort(allDays);
    }

    /// <summary>The keys, in the order they first appeared.</summary>
    internal string[] Keys { get; }

    internal static int ToDayNumber(LocalDate day) =>
        (day.Calendar == CalendarSystem.Iso ? day : day.WithCalendar(CalendarSystem.Iso)).ToDateOnly().DayNumber;

    internal static LocalDate ToDate(int dayNumber) => LocalDate.FromDateOnly(DateOnly.FromDayNumber(dayNumber));

    /// <summary>The slot of a key, or -1.</summary>
    internal int Find(string key) => slotByKey.GetValueOrDefault(key, -1);

    /// <summary>The value of a slot on a day as known before log position <paramref name="bound"/>; null when absent.</summary>
    internal T? Lookup(int slot, int day, int bound, out int source)
    {
        var low = starts[slot];
        var high = starts[slot + 1];
        while (low < high)
        {
            var middle = (low + high) >>> 1;
            if (days[middle] <= day)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        for (var i = low - 1; i >= starts[slot]; i--)
        {
            if (visible[i] < bound)
            {
                source = sources[i];
                return values[i];
            }
        }

        source = -1;
        return null;
    }

    /// <summary>
    /// The dated values of a slot as known before <paramref name="bound"/>: for each day on which a known entry
    /// takes effect, the last such entry of that day, skipping days that do not change the value.
    /// </summary>
    internal List<(int Day, T? Value, int Source)> Timeline(int slot, int bound)
    {
        var result = new List<(int Day, T? Value, int Source)>();
        for (var i = starts[slot]; i < starts[slot + 1]; i++)
        {
            if (visible[i] >= bound)
            {
                continue;
            }

            if (result.Count > 0 && result[^1].Day == days[i])
            {
                result[^1] = (days[i], values[i], sources[i]);
            }
            else
            {
                result.Add((days[i], values[i], sources[i]));
            }

            if (result.Count > 1 && Equals(result[^1].Value, result[^2].Value))
            {
                result.RemoveAt(result.Count - 1);
            }
        }

        return result;
    }

    /// <summary>The distinct days in (<paramref name="after"/>, <paramref name="until"/>] on which an entry known before <paramref name="bound"/> takes effect.</summary>
    internal IEnumerable<int> ChangeDays(int after, int until, int bound)
    {
        var start = ~Array.BinarySearch(allDays, ((long)after << 32) | uint.MaxValue);
        var last = int.MinValue;
        for (var i = start; i < allDays.Length; i++)
        {
            var day = (int)(allDays[i] >> 32);
            if (day > until)
            {
                yield break;
            }

            if (day != last && (int)(uint)allDays[i] - 1 < bound)
            {
                last = day;
                yield return day;
            }
        }
    }

    private readonly record struct Entry(int Slot, int Day, int Visible, T? Value, int Source)
    {
        internal long SortKey => ((long)Day << 32) | (uint)(Visible + 1);
    }

    /// <summary>Collects entries in any order, then freezes them into sorted arrays.</summary>
    internal sealed class Builder
    {
        private readonly List<string> keys = [];
        private readonly Dictionary<string, int> slotByKey = new(StringComparer.Ordinal);
        private readonly List<Entry> entries = [];

        internal void Add(string key, int day, int visibleFrom, T? value, int source) =>
            entries.Add(new(SlotOf(key), day, visibleFrom, value, source));

        /// <summary>Gives a key its slot, in order of first mention, without an entry.</summary>
        internal void Touch(string? key)
        {
            if (key is not null)
            {
                SlotOf(key);
            }
        }

        private int SlotOf(string key)
        {
            if (!slotByKey.TryGetValue(key, out var slot))
            {
                slotByKey[key] = slot = keys.Count;
                keys.Add(key);
            }

            return slot;
        }

        internal VersionSlots<T> Build() => new(keys, slotByKey, entries);
    }
}
