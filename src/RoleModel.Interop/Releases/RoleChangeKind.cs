namespace RoleModel.Interop.Releases;

/// <summary>How a role differs between two releases of a catalogue.</summary>
public enum RoleChangeKind
{
    /// <summary>Only the newer release has the role.</summary>
    Added,

    /// <summary>Only the older release has the role.</summary>
    Removed,

    /// <summary>Both have it, with another title.</summary>
    Relabelled,

    /// <summary>Both have it, in another group: other tags (such as the ISCO group <c>isco:2654</c>) or another
    /// broader concept (<c>esco:broader</c>).</summary>
    Regrouped,
}
