using System.Security.Cryptography;
using System.Text;

namespace RoleModel.Discovery.Training.Onet;

/// <summary>
/// The tasks training must never see, because an evaluation of the product holds them out, tunes its settings on
/// them or reports on them. Every reported figure stays honest only while this rule is at least as wide as the
/// evaluations' own splits (<c>HeldOut</c> of RoleModel.Cli: the first byte of the SHA-256 of the key, modulo 10).
/// </summary>
/// <remarks>
/// A task is excluded when any of these holds:
/// <list type="bullet">
/// <item>its task ID is in bucket 0, 1 or 2 (<c>suggest --evaluate</c>: 0 reports, 1 tuned the settings, 2 the confident scores);</item>
/// <item>its occupation's O*NET-SOC code is in bucket 0 or 1 (the same evaluation, held out by occupation);</item>
/// <item>the first byte of the SHA-256 of its occupation code, modulo 4, is 3 (the reporting part of the patterns evaluation).</item>
/// </list>
/// Training also drops every task whose text equals an excluded task's text (<see cref="TrainingPairs"/>).
/// </remarks>
internal static class EvaluationHoldOut
{
    /// <summary>Whether training must leave out the task <paramref name="taskId"/> of occupation <paramref name="occupation"/>.</summary>
    public static bool Excludes(string occupation, string taskId) =>
        Bucket(taskId) is 0 or 1 or 2 || Bucket(occupation) is 0 or 1 || FirstHashByte(occupation) % 4 == 3;

    /// <summary>The evaluations' bucket of a key: the first byte of the SHA-256 of its UTF-8 bytes, modulo 10.</summary>
    private static int Bucket(string key) => FirstHashByte(key) % 10;

    private static byte FirstHashByte(string key) => SHA256.HashData(Encoding.UTF8.GetBytes(key))[0];
}
