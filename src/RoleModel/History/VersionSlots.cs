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
internal sealed partial class VersionSlots<T>
    where T : class
{
    private readonly Dictionary<string, int> slotByKey;
    private readonly int[] starts;
    private readonly int[] days; // searched on their own: dense
    private readonly Version[] versions; // read once per lookup: one cache line
    private readonly int[] slots;
    private readonly long[] orderKeys; // every entry as (day << 32 | visible + 1), sorted
    private readonly int[] orderEntries; // the entry of each order key

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
        versions = new Version[placed.Length];
        slots = new int[placed.Length];
        orderEntries = new int[placed.Length];
        for (var i = 0; i < placed.Length; i++)
        {
            var entry = placed[i];
            (days[i], versions[i], slots[i]) = (entry.Day, new Version(entry.Visible, entry.Source, entry.Value, entry.Active, entry.SelfInitiated), entry.Slot);
            orderEntries[i] = i;
        }

        orderKeys = order;
        Array.Sort(orderKeys, orderEntries);
    }

    /// <summary>The keys, in the order they were first mentioned.</summary>
    internal string[] Keys { get; }

    /// <summary>The number of entries.</summary>
    internal int Count => versions.Length;

    /// <summary>The slot of a key, or -1.</summary>
    internal int Find(string key) => slotByKey.GetValueOrDefault(key, -1);

    internal T? Value(int entry) => entry < 0 ? null : versions[entry].Value;

    internal int Source(int entry) => entry < 0 ? -1 : versions[entry].Source;

    /// <summary>The shares of a task entry, in ten-thousandths of a percent (see <see cref="HistoryIndex.ToUnits"/>).</summary>
    internal (int Active, int SelfInitiated) Shares(int entry) => (versions[entry].Active, versions[entry].SelfInitiated);

    internal int Slot(int entry) => slots[entry];

    internal int Day(int entry) => days[entry];

    /// <summary>The value of a slot on a day as known before log position <paramref name="bound"/>; null when absent.</summary>
    internal T? Lookup(int slot, int day, int bound, out int source)
    {
        var entry = LookupEntry(slot, day, bound);
        source = Source(entry);
        return Value(entry);
    }

    /// <summary>The entry in force for a slot on a day as known before <paramref name="bound"/>, or -1.</summary>
    internal int LookupEntry(int slot, int day, int bound)
    {
        var first = starts[slot];
        var length = starts[slot + 1] - first;
        if (length == 0)
        {
            return -1;
        }

        // Branch-free search for the last entry with days[i] <= day (or the first entry when none is).
        var low = first;
        while (length > 1)
        {
            var half = length >>> 1;
            low = days[low + half] <= day ? low + half : low;
            length -= half;
        }

        for (var i = days[low] <= day ? low : low - 1; i >= first; i--)
        {
            if (versions[i].Visible < bound)
            {
                return i;
            }
        }

        return -1;
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
            var version = versions[i];
            if (version.Visible >= bound)
            {
                continue;
            }

            if (result.Count > 0 && result[^1].Day == days[i])
            {
                result[^1] = (days[i], version.Value, version.Source);
            }
            else
            {
                result.Add((days[i], version.Value, version.Source));
            }

            if (result.Count > 1 && Equals(result[^1].Value, result[^2].Value))
            {
                result.RemoveAt(result.Count - 1);
            }
        }

        return result;
    }

    /// <summary>
    /// The entries known before <paramref name="bound"/> that take effect in (<paramref name="after"/>,
    /// <paramref name="until"/>], in order of day, then of the position from which they are known: applying
    /// them in this order to the values on <paramref name="after"/> gives the values on each later day.
    /// </summary>
    internal IEnumerable<int> EntriesBetween(int after, int until, int bound)
    {
        var found = Array.BinarySearch(orderKeys, ((long)after << 32) | uint.MaxValue);
        for (var i = found >= 0 ? found + 1 : ~found; i < orderKeys.Length; i++)
        {
            if ((int)(orderKeys[i] >> 32) > until)
            {
                yield break;
            }

            if ((int)(uint)orderKeys[i] - 1 < bound)
            {
                yield return orderEntries[i];
            }
        }
    }

    /// <summary>
    /// Replays the entries of (<paramref name="after"/>, <paramref name="until"/>] known before <paramref name="bound"/>
    /// in order, calling <paramref name="apply"/> for each entry and <paramref name="endOfDay"/> after the last entry of each day.
    /// </summary>
    internal void Replay(int after, int until, int bound, Action<int> apply, Action<int> endOfDay)
    {
        var day = int.MinValue;
        foreach (var entry in EntriesBetween(after, until, bound))
        {
            if (days[entry] != day && day != int.MinValue)
            {
                endOfDay(day);
            }

            day = days[entry];
            apply(entry);
        }

        if (day != int.MinValue)
        {
            endOfDay(day);
        }
    }

    /// <summary>The distinct days in (<paramref name="after"/>, <paramref name="until"/>] on which an entry known before <paramref name="bound"/> takes effect.</summary>
    internal IEnumerable<int> ChangeDays(int after, int until, int bound)
    {
        var last = int.MinValue;
        foreach (var entry in EntriesBetween(after, until, bound))
        {
            if (days[entry] != last)
            {
                last = days[entry];
                yield return last;
            }
        }
    }

    /// <summary>What a lookup reads, in one struct: from when the entry is known, its change, its value, and for tasks its shares.</summary>
    private readonly record struct Version(int Visible, int Source, T? Value, int Active, int SelfInitiated);

    private readonly record struct Entry(int Slot, int Day, int Visible, T? Value, int Source, int Active, int SelfInitiated)
    {
        internal long SortKey => ((long)Day << 32) | (uint)(Visible + 1);
    }
}
