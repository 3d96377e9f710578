using RoleModel.Validation;
using NodaTime;
using NodaTime.Text;

namespace RoleModel.Serialization;

/// <summary>The text forms of enumerations and dates on the wire, in both directions.</summary>
internal static partial class WireValues
{
    internal const string DatePattern = "yyyy-MM-dd";

    private static readonly LocalDatePattern Date = LocalDatePattern.Iso;

    /// <summary>
    /// Parses a date of exactly the form of the schema's <c>$defs/date</c> pattern: four ASCII digits for a year
    /// from 0001 to 9999, then month and day, a day that exists. NodaTime's ISO pattern alone would also take
    /// year 0 and negative years.
    /// </summary>
    internal static bool TryParseDate(string text, out LocalDate date)
    {
        date = default;
        return text.Length == 10 && IsDateText(text) && TryParseIso(text, out date);
    }

    /// <summary>
    /// Why <paramref name="text"/> is not a date, in one sentence: its form, or, when the form <c>yyyy-MM-dd</c> is right,
    /// the year, month or day that does not exist ("April 2025 has 30 days").
    /// </summary>
    internal static ProblemMessage DateProblem(string text)
    {
        if (text.Length != 10 || !Digits(text, 0, 4) || text[4] != '-' || !Digits(text, 5, 2) || text[7] != '-' || !Digits(text, 8, 2))
        {
            return ProblemMessage.Of("MalformedDate", text, DatePattern);
        }

        var year = (Number(text, 0) * 100) + Number(text, 2);
        var month = Number(text, 5);
        return year == 0 ? ProblemMessage.Of("ImpossibleDate.NoYearZero", text, DatePattern)
            : month is < 1 or > 12 ? ProblemMessage.Of("ImpossibleDate.NoSuchMonth", text, DatePattern, text.Substring(5, 2))
            : ProblemMessage.Of("ImpossibleDate.DaysInMonth", text, DatePattern, new DateTime(year, month, 1, 0, 0, 0, DateTimeKind.Unspecified), CalendarSystem.Iso.GetDaysInMonth(year, month));
    }

    /// <summary>Whether text starts with <c>yyyy-MM-dd</c> in ASCII digits, year 0001–9999, month 01–12, day 01–31.</summary>
    internal static bool IsDateText(string text) =>
        text.Length >= 10 && Digits(text, 0, 4) && text[4] == '-' && Digits(text, 5, 2) && text[7] == '-' && Digits(text, 8, 2)
        && !text.StartsWith("0000", StringComparison.Ordinal)
        && Number(text, 5) is >= 1 and <= 12 && Number(text, 8) is >= 1 and <= 31;

    /// <summary>Whether text has ASCII digits from <paramref name="start"/> on, <paramref name="count"/> of them.</summary>
    internal static bool Digits(string text, int start, int count)
    {
        for (var i = start; i < start + count; i++)
        {
            if (text[i] is < '0' or > '9')
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The two-digit number at a position (its digits checked already).</summary>
    internal static int Number(string text, int start) => ((text[start] - '0') * 10) + (text[start + 1] - '0');

    private static bool TryParseIso(string text, out LocalDate date)
    {
        var result = Date.Parse(text);
        date = result.Success ? result.Value : default;
        return result.Success;
    }

    internal static string Format(LocalDate date) => Date.Format(date);

    private static readonly WireEnum<OpennessKind> OpennessNames = new((OpennessKind.Fixed, "fixed"), (OpennessKind.Framed, "framed"), (OpennessKind.Open, "open"));

    internal static string Format(OpennessKind value) => OpennessNames.Format(value);

    internal static OpennessKind? ParseOpenness(string text) => OpennessNames.Parse(text);

    internal static string OpennessValues => OpennessNames.Names;

    private static readonly WireEnum<RequirementImportance> ImportanceNames = new((RequirementImportance.Essential, "essential"), (RequirementImportance.Optional, "optional"));

    internal static string Format(RequirementImportance value) => ImportanceNames.Format(value);

    internal static RequirementImportance? ParseImportance(string text) => ImportanceNames.Parse(text);

    internal static string ImportanceValues => ImportanceNames.Names;

    private static readonly WireEnum<MappingRelation> RelationNames = new((MappingRelation.ExactMatch, "exactMatch"), (MappingRelation.CloseMatch, "closeMatch"), (MappingRelation.BroadMatch, "broadMatch"), (MappingRelation.NarrowMatch, "narrowMatch"), (MappingRelation.RelatedMatch, "relatedMatch"));

    internal static string Format(MappingRelation value) => RelationNames.Format(value);

    internal static MappingRelation? ParseRelation(string text) => RelationNames.Parse(text);

    internal static string RelationValues => RelationNames.Names;

    private static readonly WireEnum<AssessmentSource> SourceNames = new((AssessmentSource.Self, "self"), (AssessmentSource.Manager, "manager"), (AssessmentSource.Certificate, "certificate"), (AssessmentSource.Test, "test"), (AssessmentSource.Imported, "imported"));

    internal static string Format(AssessmentSource value) => SourceNames.Format(value);

    internal static AssessmentSource? ParseSource(string text) => SourceNames.Parse(text);

    internal static string SourceValues => SourceNames.Names;
}
