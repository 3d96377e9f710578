using NodaTime;

namespace RoleModel.History;

/// <summary>
/// Days as consecutive integers (0 = 1970-01-01), for the index's sorted arrays. Pure arithmetic on the ISO
/// calendar (H. Hinnant's days-from-civil), valid for every <see cref="LocalDate"/> NodaTime can represent.
/// </summary>
internal static class DayNumbers
{
    /// <summary>The day number of entries that hold from the beginning (the baseline), before every real day.</summary>
    internal const int Beginning = int.MinValue;

    internal static int From(LocalDate day)
    {
        var iso = day.Calendar == CalendarSystem.Iso ? day : day.WithCalendar(CalendarSystem.Iso);
        var (year, month) = iso.Month <= 2 ? (iso.Year - 1, iso.Month + 9) : (iso.Year, iso.Month - 3);
        var era = (year >= 0 ? year : year - 399) / 400;
        var yearOfEra = year - (era * 400);
        var dayOfYear = ((153 * month) + 2) / 5 + iso.Day - 1;
        var dayOfEra = (yearOfEra * 365) + (yearOfEra / 4) - (yearOfEra / 100) + dayOfYear;
        return (era * 146_097) + dayOfEra - 719_468;
    }

    internal static LocalDate ToDate(int number)
    {
        var z = (long)number + 719_468;
        var era = (z >= 0 ? z : z - 146_096) / 146_097;
        var dayOfEra = z - (era * 146_097);
        var yearOfEra = (dayOfEra - (dayOfEra / 1460) + (dayOfEra / 36_524) - (dayOfEra / 146_096)) / 365;
        var dayOfYear = dayOfEra - ((365 * yearOfEra) + (yearOfEra / 4) - (yearOfEra / 100));
        var shifted = ((5 * dayOfYear) + 2) / 153;
        var day = (int)(dayOfYear - (((153 * shifted) + 2) / 5) + 1);
        var month = (int)(shifted < 10 ? shifted + 3 : shifted - 9);
        var year = (int)(yearOfEra + (era * 400) + (month <= 2 ? 1 : 0));
        return new LocalDate(year, month, day);
    }
}
