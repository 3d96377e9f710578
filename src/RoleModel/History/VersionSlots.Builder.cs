namespace RoleModel.History;

/// <summary>Collecting the entries of <see cref="VersionSlots{T}"/>.</summary>
internal sealed partial class VersionSlots<T>
{
    /// <summary>Collects entries in any order, then freezes them into sorted arrays.</summary>
    internal sealed class Builder
    {
        private readonly List<string> keys = [];
        private readonly Dictionary<string, int> slotByKey = new(StringComparer.Ordinal);
        private readonly List<Entry> entries = [];

        internal void Add(string key, int day, int visibleFrom, T? value, int source, int active = 0, int selfInitiated = 0) =>
            entries.Add(new(SlotOf(key), day, visibleFrom, value, source, active, selfInitiated));

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
