namespace RoleModel.Interop.Onet;

/// <summary>
/// The names under which an O*NET import keeps, in <see cref="ExtensionData"/>, what the RoleModel types have
/// no member for. Columns without a member are kept as <c>onet:</c> followed by the camelCase column name
/// (such as <c>onet:taskType</c>, <c>onet:incumbentsResponding</c>); see docs/interop.md.
/// </summary>
public static class OnetExtensionNames
{
    /// <summary>On a requirement: the Importance rating row, an object with <c>dataValue</c>, <c>n</c>,
    /// <c>standardError</c>, <c>lowerCiBound</c>, <c>upperCiBound</c>, <c>recommendSuppress</c>, <c>date</c>,
    /// <c>domainSource</c> (those present).</summary>
    public const string Importance = "onet:importance";

    /// <summary>On a requirement: the Level rating row, an object as for <see cref="Importance"/> plus <c>notRelevant</c>.</summary>
    public const string Level = "onet:level";

    /// <summary>On a role: the Job Zones row, an object with <c>jobZone</c> (1 to 5), <c>date</c> and <c>domainSource</c>.</summary>
    public const string JobZone = "onet:jobZone";

    /// <summary>On a task: Core or Supplemental (the <c>Task Type</c> column; absent where the release leaves it blank).</summary>
    public const string TaskType = "onet:taskType";
}
