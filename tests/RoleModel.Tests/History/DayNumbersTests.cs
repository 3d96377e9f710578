using FsCheck.Xunit;
using NodaTime;
using RoleModel.History;

namespace RoleModel.Tests.History;

public sealed class DayNumbersTests
{
    [Fact]
    public void From_Epoch_IsZero() => DayNumbers.From(new LocalDate(1970, 1, 1)).Should().Be(0);

    [Fact]
    public void From_ExtremeDays_RoundTrips()
    {
        DayNumbers.ToDate(DayNumbers.From(LocalDate.MinIsoValue)).Should().Be(LocalDate.MinIsoValue);
        DayNumbers.ToDate(DayNumbers.From(LocalDate.MaxIsoValue)).Should().Be(LocalDate.MaxIsoValue);
    }

    [Property(MaxTest = 500)]
    public bool From_IsConsecutiveAndRoundTrips(int offset)
    {
        var day = new LocalDate(2000, 2, 28).PlusDays((int)(offset * 29_989L % 2_900_000)); // small generated ints, spread over ±7,900 years

        return DayNumbers.ToDate(DayNumbers.From(day)) == day
            && DayNumbers.From(day.PlusDays(1)) == DayNumbers.From(day) + 1
            && DayNumbers.From(day.WithCalendar(CalendarSystem.Julian)) == DayNumbers.From(day);
    }
}
