namespace RoleModel.Serialization.Reading;

/// <summary>
/// What the reader knows about the object it is reading: where it starts, which known members it has seen,
/// which were present (not null) and which had a problem already reported, and where its unknown members start.
/// </summary>
internal struct ObjectState(KnownMembers members, long start, int offsetBase, int unknownStart)
{
    internal KnownMembers Members { get; } = members;

    /// <summary>The byte offset of the object's opening brace.</summary>
    internal long Start { get; } = start;

    /// <summary>Where the byte offsets of this object's member values start in the reader's offset stack.</summary>
    internal int OffsetBase { get; } = offsetBase;

    internal uint Seen { get; set; }

    internal uint Present { get; set; }

    internal uint Broken { get; set; }

    /// <summary>Where the object's unknown members start on the reader's stack of them (names and indices of their values among the kept values).</summary>
    internal int UnknownStart { get; } = unknownStart;

    internal readonly bool Has(int member) => (Present & (1u << member)) != 0;

    internal readonly bool IsBroken(int member) => (Broken & (1u << member)) != 0;

    internal void Break(int member) => Broken |= 1u << member;
}
