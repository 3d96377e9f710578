using System.Text.RegularExpressions;

namespace RoleModel.Interop.Standards;

/// <summary>
/// A role's occupational classification as the importers leave it: an ESCO occupation URI (the role's
/// identifier, or that of the role it derives from), the ISCO-08 group of an ESCO occupation
/// (the tag <c>isco:CODE</c> the ESCO import gives), an O*NET-SOC code (the identifier of an O*NET role).
/// </summary>
internal sealed partial class OccupationCodes
{
    public const string EscoOccupationPrefix = "http://data.europa.eu/esco/occupation/";

    private const string IscoTagPrefix = "isco:";

    private OccupationCodes(string? escoUri, string? iscoCode, string? onetCode) => (EscoUri, IscoCode, OnetCode) = (escoUri, iscoCode, onetCode);

    /// <summary>The ESCO occupation URI, or null.</summary>
    public string? EscoUri { get; }

    /// <summary>The ISCO-08 unit group code, or null.</summary>
    public string? IscoCode { get; }

    /// <summary>The O*NET-SOC code, or null.</summary>
    public string? OnetCode { get; }

    /// <summary>Whether there is any code.</summary>
    public bool IsEmpty => EscoUri is null && IscoCode is null && OnetCode is null;

    /// <summary>An occupation the role maps to (ESCO URI, else the O*NET occupation's URL), or null.</summary>
    public string? OccupationUri => EscoUri ?? (OnetCode is { } code ? "https://www.onetonline.org/link/summary/" + code : null);

    public static OccupationCodes Of(Role role)
    {
        var esco = IsEscoOccupation(role.Id) ? role.Id : role.Template is { } template && IsEscoOccupation(template.RoleId) ? template.RoleId : null;
        var isco = role.Tags.FirstOrDefault(t => t.StartsWith(IscoTagPrefix, StringComparison.Ordinal))?[IscoTagPrefix.Length..];

        var onet = OnetSoc().IsMatch(role.Id) ? role.Id : role.Template is { } t && OnetSoc().IsMatch(t.RoleId) ? t.RoleId : null;
        return new OccupationCodes(esco, isco, onet);
    }

    private static bool IsEscoOccupation(string id) => id.StartsWith(EscoOccupationPrefix, StringComparison.Ordinal);

    [GeneratedRegex(@"^\d{2}-\d{4}\.\d{2}$", RegexOptions.CultureInvariant)]
    private static partial Regex OnetSoc();
}
