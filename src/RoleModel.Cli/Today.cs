using NodaTime;

namespace RoleModel.Cli;

/// <summary>"Now" for the tool: the library never reads the clock, the tool reads it once, here.</summary>
internal static class Today
{
    public static IClock Clock { get; set; } = SystemClock.Instance;

    public static LocalDate Date => Clock.GetCurrentInstant().InUtc().Date;

    public static Instant Now => Clock.GetCurrentInstant();
}
