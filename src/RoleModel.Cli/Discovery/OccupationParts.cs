using System.Security.Cryptography;
using System.Text;

namespace RoleModel.Cli.Discovery;

/// <summary>Which part of the patterns evaluation an occupation belongs to.</summary>
internal enum OccupationPart
{
    /// <summary>Its labelled tasks are the reference that activity profiles are predicted from; never grouped.</summary>
    Reference,

    /// <summary>Grouped to choose the settings.</summary>
    Tuning,

    /// <summary>Grouped with the chosen settings, for the reported figures.</summary>
    Reporting,
}

/// <summary>
/// The deterministic split of the patterns evaluation: the first byte of the SHA-256 of the occupation's code (UTF-8),
/// modulo 4: 0 or 1 is the reference (half of the occupations), 2 the tuning part, 3 the reporting part.
/// </summary>
internal static class OccupationParts
{
    public static OccupationPart Of(string code) => (SHA256.HashData(Encoding.UTF8.GetBytes(code))[0] % 4) switch
    {
        0 or 1 => OccupationPart.Reference,
        2 => OccupationPart.Tuning,
        _ => OccupationPart.Reporting,
    };
}
