namespace RoleModel.Interop.Standards;

/// <summary>One aspect a target standard cannot carry, and how many values of the export it concerned. Immutable.</summary>
public sealed class ExportLoss : IEquatable<ExportLoss>
{
    /// <summary>Creates a loss.</summary>
    /// <param name="aspect">What was not carried.</param>
    /// <param name="count">How many values (tasks, changes, requirements, roles) it concerned; at least 1.</param>
    /// <exception cref="ArgumentException"><paramref name="aspect"/> is not defined.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="count"/> is below 1.</exception>
    public ExportLoss(LostAspect aspect, int count)
    {
        if (!Enum.IsDefined(aspect))
        {
            throw new ArgumentException("The aspect must be one of the values defined by LostAspect.", nameof(aspect));
        }

        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        Aspect = aspect;
        Count = count;
    }

    /// <summary>What was not carried.</summary>
    public LostAspect Aspect { get; }

    /// <summary>How many values it concerned.</summary>
    public int Count { get; }

    /// <inheritdoc/>
    public bool Equals(ExportLoss? other) => other is not null && Aspect == other.Aspect && Count == other.Count;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as ExportLoss);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Aspect, Count);

    /// <inheritdoc/>
    public override string ToString() => $"{Aspect} ({Count})";
}
