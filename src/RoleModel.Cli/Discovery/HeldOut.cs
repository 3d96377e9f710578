using System.Security.Cryptography;
using System.Text;

namespace RoleModel.Cli.Discovery;

/// <summary>
/// Deterministic held-out splits: an item is held out when the first byte of the SHA-256 of its key, modulo 10,
/// is the bucket (bucket 0 for the reported figures, 10 % of the keys; bucket 1 was used to tune the settings).
/// </summary>
internal static class HeldOut
{
    public const int Buckets = 10;

    public static bool IsIn(string key, int bucket) => SHA256.HashData(Encoding.UTF8.GetBytes(key))[0] % Buckets == bucket;
}
