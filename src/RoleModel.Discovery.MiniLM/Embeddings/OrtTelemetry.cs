using System.Runtime.InteropServices;
using Microsoft.ML.OnnxRuntime;

namespace RoleModel.Discovery.Embeddings;

/// <summary>
/// Turns ONNX Runtime's telemetry off for the process, before the first ONNX Runtime environment is made. On Linux and
/// macOS the native runtime otherwise starts a telemetry system when its environment is created, which keeps a device id
/// and an event database (<c>~/.cache/Microsoft/DeveloperTools/.onnxruntime/deviceid</c> and <c>onnxruntime.db</c>:
/// process name, operating system, session ids, run durations) and may upload them; on Windows it writes ETW events.
/// </summary>
/// <remarks>
/// Two switches, because either alone leaves a gap: the variable <c>ORT_DISABLE_TELEMETRY=1</c> in the native
/// environment (read when the native environment starts its telemetry system; .NET's own
/// <see cref="Environment.SetEnvironmentVariable(string, string)"/> does not reach native code on Unix, so it is set with
/// the C library's <c>setenv</c>), and <see cref="OrtEnv.DisableTelemetryEvents"/> on the environment once it exists.
/// </remarks>
internal static class OrtTelemetry
{
    private const string Variable = "ORT_DISABLE_TELEMETRY";

    private static readonly Lock Gate = new();
    private static bool off;

    /// <summary>Turns the telemetry off; call before creating any ONNX Runtime session. Idempotent and thread-safe.</summary>
    internal static void TurnOff()
    {
        lock (Gate)
        {
            if (off)
            {
                return;
            }

            Environment.SetEnvironmentVariable(Variable, "1");
            try
            {
                if (OperatingSystem.IsLinux())
                {
                    _ = SetLinux(Variable, "1", 1);
                }
                else if (OperatingSystem.IsMacOS() || OperatingSystem.IsFreeBSD())
                {
                    _ = SetBsd(Variable, "1", 1);
                }
            }
            catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
            {
                // A C library by another name (musl): the environment's own switch below still applies.
            }

            OrtEnv.Instance().DisableTelemetryEvents();
            off = true;
        }
    }

    /// <summary>A null-terminated UTF-8 string, as the C library takes it.</summary>
    private static byte[] C(string text) => [.. System.Text.Encoding.UTF8.GetBytes(text), 0];

    private static int SetLinux(string name, string value, int overwrite) => SetEnvLinux(C(name), C(value), overwrite);

    private static int SetBsd(string name, string value, int overwrite) => SetEnvBsd(C(name), C(value), overwrite);

    [DllImport("libc.so.6", EntryPoint = "setenv")]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static extern int SetEnvLinux(byte[] name, byte[] value, int overwrite);

    [DllImport("libc", EntryPoint = "setenv")]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static extern int SetEnvBsd(byte[] name, byte[] value, int overwrite);
}
