namespace RoleModel.Interop.HrOpen;

/// <summary>The names the HR Open export writes and the import reads back: the term sets and identifier schemes
/// that tell a role's outcomes, areas and tasks apart, and the ESCO taxonomy.</summary>
internal static class HrOpenNames
{
    /// <summary>The <c>inDefinedTermSet.name</c> of a JobDescription responsibility that is an outcome.</summary>
    public const string OutcomeSet = "outcomes";

    /// <summary>The <c>inDefinedTermSet.name</c> of a JobDescription responsibility that is a responsibility area.</summary>
    public const string AreaSet = "responsibility areas";

    /// <summary>The <c>inDefinedTermSet.name</c> of a JobDescription task.</summary>
    public const string TaskSet = "tasks";

    /// <summary>The scheme of a role's identifier (documentId, positionId).</summary>
    public const string RoleScheme = "rolemodel:role";

    /// <summary>The schemes of a PositionProfile's formatted descriptions.</summary>
    public const string PurposeScheme = "rolemodel:purpose";

    public const string OutcomeScheme = "rolemodel:outcome";

    public const string AreaScheme = "rolemodel:area";

    public const string TaskScheme = "rolemodel:task";

    /// <summary>The taxonomy of an ESCO competency, named by its URI.</summary>
    public const string Esco = "ESCO";

    public const string EscoUri = "http://data.europa.eu/esco";

    public const string EscoSkillPrefix = "http://data.europa.eu/esco/";

    public const string EscoOccupationPrefix = "http://data.europa.eu/esco/occupation/";

    public const string IscoScheme = "ISCO-08";

    public const string OnetScheme = "O*NET-SOC";

    public static bool IsEsco(string competencyId) => competencyId.StartsWith(EscoSkillPrefix, StringComparison.Ordinal);
}
