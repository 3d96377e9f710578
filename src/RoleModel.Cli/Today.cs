using NodaTime;

namespace RoleModel.Cli;

/// <summary>"Now" for the tool: the library never reads the clock, the tool reads it once, here.</summary>
internal static class Today
{
    public static IClock Clock { get; set; } = SystemClock.Instance;

    public static LocalDate Date => Clock.GetCurrentInstant().InUtc().Date;

    public static Instant Now => Clock.GetCurrentInstant();

    /// <summary>The reader's time zone, for instants shown in local time: the system's, UTC when the system's is unknown to the time zone database.</summary>
    public static DateTimeZone Zone { get; set; } = SystemZone();

    private static DateTimeZone SystemZone()
    {
        try
        {
            return DateTimeZoneProviders.Tzdb.GetSystemDefault();
        }
        catch (NodaTime.TimeZones.DateTimeZoneNotFoundException)
        {
            return DateTimeZone.Utc;
        }
    }
}
