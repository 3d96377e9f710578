using System.Runtime.CompilerServices;
using NodaTime;

namespace RoleModel.Cli.Tests;

/// <summary>
/// The tool shows instants to German readers in their time zone; the tests that run it in this process read as a
/// reader in Germany does, whatever zone the machine running them is in, so outputs and docs/cli.md are the same everywhere.
/// </summary>
internal static class ReaderTimeZone
{
    [ModuleInitializer]
    internal static void UseGermanTime() => Today.Zone = DateTimeZoneProviders.Tzdb["Europe/Berlin"];
}
