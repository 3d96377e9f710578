using NodaTime;
using RoleModel.Cli.Discovery;

namespace RoleModel.Benchmarks.Discovery;

/// <summary><c>pattern-growth ONET_DIR [SIZES]</c>: only the growth series of <c>patterns --evaluate</c>, for the sizes given (default 1,2,4,8).</summary>
internal static class GrowthCommand
{
    public static void Run(string directory, IReadOnlyList<int> sizes)
    {
        var import = RoleModel.Interop.Onet.OnetImporter.Import(directory, null);
        var day = new LocalDate(2025, 8, 1);   // as patterns --evaluate: the release day, known the day after
        PatternGrowth.Run(Console.Out, import, day, day.PlusDays(1).AtStartOfDayInZone(DateTimeZone.Utc).ToInstant(), sizes);
    }
}
