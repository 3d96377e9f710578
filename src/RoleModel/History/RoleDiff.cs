using System.Collections.Immutable;

namespace RoleModel.History;

/// <summary>
/// The structured difference between two projections of a role (<see cref="RoleSnapshot"/>s): tasks added,
/// removed and changed with their before and after versions, requirement changes likewise, and the parts of
/// the definition that changed. Immutable.
/// </summary>
/// <remarks>
/// <para>Tasks and requirements are matched by identifier. Revisions come in the order of the first
/// snapshot, then additions in the order of the second.</para>
/// <para>Equality: the same revisions in the same order, the same changed aspects and an equal definition revision.</para>
/// </remarks>
public sealed class RoleDiff : IEquatable<RoleDiff>
{
    internal RoleDiff(
        ImmutableArray<Revision<RoleTask>> tasks,
        ImmutableArray<Revision<CompetencyRequirement>> requirements,
        ImmutableArray<RoleAspect> changedAspects,
        Revision<Role>? definition)
    {
        Tasks = tasks;
        Requirements = requirements;
        ChangedAspects = changedAspects;
        Definition = definition;
        ShareChanges = [.. tasks.Where(t => ActiveShare(t.Before) != ActiveShare(t.After))];
    }

    /// <summary>The tasks that were added, removed or changed.</summary>
    public ImmutableArray<Revision<RoleTask>> Tasks { get; }

    /// <summary>The requirements that were added, removed or changed.</summary>
    public ImmutableArray<Revision<CompetencyRequirement>> Requirements { get; }

    /// <summary>The task revisions that change the working time spent: the active share differs, counting a task that is absent or not active as 0 %.</summary>
    public ImmutableArray<Revision<RoleTask>> ShareChanges { get; }

    /// <summary>The parts of the definition, besides requirements, that differ.</summary>
    public ImmutableArray<RoleAspect> ChangedAspects { get; }

    /// <summary>The definitions before and after when <see cref="ChangedAspects"/> is not empty, else null.</summary>
    public Revision<Role>? Definition { get; }

    /// <summary>The tasks added.</summary>
    public IEnumerable<RoleTask> AddedTasks => Tasks.Where(t => t.IsAddition).Select(t => t.After!);

    /// <summary>The tasks removed.</summary>
    public IEnumerable<RoleTask> RemovedTasks => Tasks.Where(t => t.IsRemoval).Select(t => t.Before!);

    /// <summary>The tasks present in both snapshots that changed.</summary>
    public IEnumerable<Revision<RoleTask>> ChangedTasks => Tasks.Where(t => t.Before is not null && t.After is not null);

    /// <summary>Whether the two snapshots are the same.</summary>
    public bool IsEmpty => Tasks.IsEmpty && Requirements.IsEmpty && ChangedAspects.IsEmpty;

    /// <summary>The difference from one snapshot to another.</summary>
    /// <param name="before">The earlier snapshot.</param>
    /// <param name="after">The later snapshot.</param>
    /// <returns>The difference; empty when the snapshots are equal.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static RoleDiff Between(RoleSnapshot before, RoleSnapshot after)
    {
        Preconditions.CheckNotNull(before);
        Preconditions.CheckNotNull(after);
        return Create(Compare(before.Tasks.Tasks, after.Tasks.Tasks, t => t.Id), before.Role, after.Role);
    }

    /// <summary>The difference given the task revisions (in the order <see cref="Between"/> gives them) and the two role definitions.</summary>
    internal static RoleDiff Create(ImmutableArray<Revision<RoleTask>> tasks, Role b, Role a)
    {
        var requirements = Compare(b.Requirements, a.Requirements, r => r.Id);
        var aspects = ImmutableArray.CreateBuilder<RoleAspect>();
        Note(aspects, RoleAspect.Title, b.Title.Equals(a.Title));
        Note(aspects, RoleAspect.Purpose, b.Purpose.Equals(a.Purpose));
        Note(aspects, RoleAspect.Outcomes, Equality.Sequence(b.Outcomes, a.Outcomes));
        Note(aspects, RoleAspect.Openness, b.Openness.Equals(a.Openness));
        Note(aspects, RoleAspect.Areas, Equality.Sequence(b.Areas, a.Areas));
        Note(aspects, RoleAspect.Template, Equals(b.Template, a.Template));
        return new(tasks, requirements, aspects.ToImmutable(), aspects.Count == 0 ? null : new Revision<Role>(b, a));
    }

    /// <inheritdoc />
    public bool Equals(RoleDiff? other) =>
        ReferenceEquals(this, other)
        || (other is not null
            && Equality.Sequence(Tasks, other.Tasks)
            && Equality.Sequence(Requirements, other.Requirements)
            && Equality.Sequence(ChangedAspects, other.ChangedAspects)
            && Equals(Definition, other.Definition));

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as RoleDiff);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Tasks.Length, Requirements.Length, ChangedAspects.Length);

    private static decimal ActiveShare(RoleTask? task) => task is { IsActive: true } ? task.Share : 0m;

    private static void Note(ImmutableArray<RoleAspect>.Builder aspects, RoleAspect aspect, bool same)
    {
        if (!same)
        {
            aspects.Add(aspect);
        }
    }

    private static ImmutableArray<Revision<T>> Compare<T>(ImmutableArray<T> before, ImmutableArray<T> after, Func<T, string> id)
        where T : class
    {
        var afterById = new Dictionary<string, T>(after.Length, StringComparer.Ordinal);
        foreach (var item in after)
        {
            afterById.TryAdd(id(item), item);
        }

        var result = ImmutableArray.CreateBuilder<Revision<T>>();
        var seen = new HashSet<string>(before.Length, StringComparer.Ordinal);
        foreach (var item in before)
        {
            seen.Add(id(item));
            var match = afterById.GetValueOrDefault(id(item));
            if (!ReferenceEquals(item, match) && !item.Equals(match))
            {
                result.Add(new Revision<T>(item, match));
            }
        }

        foreach (var item in after)
        {
            if (!seen.Contains(id(item)))
            {
                result.Add(new Revision<T>(null, item));
            }
        }

        return result.ToImmutable();
    }
}
