namespace RoleModel.Interop.HrOpen;

/// <summary>The HR Open Standards 4.x document a role is written as.</summary>
public enum HrOpenShape
{
    /// <summary>A JEDx/JDX <c>JobDescription</c> (recruiting/json/jdx/JobDescriptionType.json).</summary>
    JobDescription,

    /// <summary>A <c>PositionOpening</c> with one <c>PositionProfile</c> (recruiting/json/PositionOpeningType.json).</summary>
    PositionOpening,
}
