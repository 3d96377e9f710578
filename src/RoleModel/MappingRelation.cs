namespace RoleModel;

/// <summary>How a competency relates to a concept of an external scheme, as in SKOS mapping relations.</summary>
public enum MappingRelation
{
    /// <summary>The two can be used interchangeably (skos:exactMatch).</summary>
    ExactMatch,

    /// <summary>Similar enough to be used interchangeably in some contexts (skos:closeMatch).</summary>
    CloseMatch,

    /// <summary>The external concept is broader (skos:broadMatch).</summary>
    BroadMatch,

    /// <summary>The external concept is narrower (skos:narrowMatch).</summary>
    NarrowMatch,

    /// <summary>Associated, without hierarchy (skos:relatedMatch).</summary>
    RelatedMatch,
}
