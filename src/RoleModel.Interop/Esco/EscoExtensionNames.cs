namespace RoleModel.Interop.Esco;

/// <summary>
/// The names under which an ESCO import keeps, in <see cref="ExtensionData"/>, what the RoleModel types have
/// no member for. Every column of an ESCO file that is not mapped to a member is kept as
/// <c>esco:</c> followed by the column name (such as <c>esco:reuseLevel</c>, <c>esco:status</c>,
/// <c>esco:modifiedDate</c>); the names below are those with a special shape or meaning.
/// See docs/interop.md for the full mapping.
/// </summary>
public static class EscoExtensionNames
{
    /// <summary>The prefix of every ESCO member: <c>esco:</c>.</summary>
    public const string Prefix = "esco:";

    /// <summary>Alternative labels, an array of strings (from the newline-separated <c>altLabels</c> column).</summary>
    public const string AltLabels = "esco:altLabels";

    /// <summary>Hidden labels, an array of strings (from the newline-separated <c>hiddenLabels</c> column).</summary>
    public const string HiddenLabels = "esco:hiddenLabels";

    /// <summary>The concept schemes the concept is in, an array of URIs (from the <c>inScheme</c> column).</summary>
    public const string InScheme = "esco:inScheme";

    /// <summary>The reuse level of a skill: transversal, cross-sector, sector-specific or occupation-specific.</summary>
    public const string ReuseLevel = "esco:reuseLevel";

    /// <summary>The skill-skill relations of a skill (skillSkillRelations.csv): an array of objects with
    /// <c>uri</c> (the related skill) and <c>relationType</c> (essential or optional).</summary>
    public const string RelatedSkills = "esco:relatedSkills";

    /// <summary>The ESCO collections a skill or occupation belongs to, an array of names such as
    /// <c>digital</c>, <c>green</c>, <c>digComp</c>, <c>language</c>, <c>transversal</c>, <c>research</c>.</summary>
    public const string Collections = "esco:collections";

    /// <summary>The broader concept of an occupation: an occupation or ISCO group URI (broaderRelationsOccPillar.csv).</summary>
    public const string Broader = "esco:broader";

    /// <summary>The ISCO-08 unit group code of an occupation, such as <c>2654</c> (also a tag <c>isco:2654</c>).</summary>
    public const string IscoGroup = "esco:iscoGroup";
}
