namespace RoleModel.Serialization;

/// <summary>The wire names of <see cref="RoleLineageKind"/> (format 1.1).</summary>
internal static partial class WireValues
{
    private static readonly WireEnum<RoleLineageKind> LineageKindNames = new((RoleLineageKind.CreatedFrom, "createdFrom"), (RoleLineageKind.SplitFrom, "splitFrom"), (RoleLineageKind.MergedFrom, "mergedFrom"));

    internal static string Format(RoleLineageKind value) => LineageKindNames.Format(value);

    internal static RoleLineageKind? ParseLineageKind(string text) => LineageKindNames.Parse(text);

    internal static string LineageKindValues => LineageKindNames.Names;
}
