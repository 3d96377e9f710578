using System.Collections.Immutable;

namespace RoleModel.Discovery;

/// <summary>A generalized work activity that tasks belong to (such as an O*NET DWA), with its broader activities. Immutable.</summary>
/// <remarks>Equality: reference equality (an index entry, not a value).</remarks>
public sealed class DiscoveryActivity
{
    /// <summary>Creates an activity.</summary>
    /// <param name="id">The identifier (such as the DWA ID).</param>
    /// <param name="title">The title.</param>
    /// <param name="broaderIds">The broader activities (such as the DWA's IWA); defaults to none.</param>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> or <paramref name="title"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="id"/> is blank.</exception>
    public DiscoveryActivity(string id, LocalizedText title, IEnumerable<string>? broaderIds = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        ArgumentNullException.ThrowIfNull(title);
        Id = id;
        Title = title;
        BroaderIds = [.. broaderIds ?? []];
    }

    /// <summary>The identifier.</summary>
    public string Id { get; }

    /// <summary>The title.</summary>
    public LocalizedText Title { get; }

    /// <summary>The broader activities.</summary>
    public ImmutableArray<string> BroaderIds { get; }

    /// <inheritdoc />
    public override string ToString() => Id;
}
