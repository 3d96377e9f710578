using NodaTime;
using NodaTime.Text;

namespace RoleModel.Serialization;

/// <summary>The text forms of enumerations and dates on the wire, in both directions.</summary>
internal static partial class WireValues
{
    internal const string DatePattern = "yyyy-MM-dd";

    private static readonly LocalDatePattern Date = LocalDatePattern.Iso;

    internal static bool TryParseDate(string text, out LocalDate date)
    {
        var result = Date.Parse(text);
        date = result.Success ? result.Value : default;
        return result.Success;
    }

    internal static string Format(LocalDate date) => Date.Format(date);

    internal static string Format(OpennessKind kind) => kind switch
    {
        OpennessKind.Fixed => "fixed",
        OpennessKind.Framed => "framed",
        _ => "open",
    };

    internal static OpennessKind? ParseOpenness(string text) => text switch
    {
        "fixed" => OpennessKind.Fixed,
        "framed" => OpennessKind.Framed,
        "open" => OpennessKind.Open,
        _ => null,
    };

    internal const string OpennessValues = "fixed, framed, open";

    internal static string Format(RequirementImportance importance) =>
        importance == RequirementImportance.Essential ? "essential" : "optional";

    internal static RequirementImportance? ParseImportance(string text) => text switch
    {
        "essential" => RequirementImportance.Essential,
        "optional" => RequirementImportance.Optional,
        _ => null,
    };

    internal const string ImportanceValues = "essential, optional";

    internal static string Format(MappingRelation relation) => relation switch
    {
        MappingRelation.ExactMatch => "exactMatch",
        MappingRelation.CloseMatch => "closeMatch",
        MappingRelation.BroadMatch => "broadMatch",
        MappingRelation.NarrowMatch => "narrowMatch",
        _ => "relatedMatch",
    };

    internal static MappingRelation? ParseRelation(string text) => text switch
    {
        "exactMatch" => MappingRelation.ExactMatch,
        "closeMatch" => MappingRelation.CloseMatch,
        "broadMatch" => MappingRelation.BroadMatch,
        "narrowMatch" => MappingRelation.NarrowMatch,
        "relatedMatch" => MappingRelation.RelatedMatch,
        _ => null,
    };

    internal const string RelationValues = "exactMatch, closeMatch, broadMatch, narrowMatch, relatedMatch";

    internal static string Format(AssessmentSource source) => source switch
    {
        AssessmentSource.Self => "self",
        AssessmentSource.Manager => "manager",
        AssessmentSource.Certificate => "certificate",
        AssessmentSource.Test => "test",
        _ => "imported",
    };

    internal static AssessmentSource? ParseSource(string text) => text switch
    {
        "self" => AssessmentSource.Self,
        "manager" => AssessmentSource.Manager,
        "certificate" => AssessmentSource.Certificate,
        "test" => AssessmentSource.Test,
        "imported" => AssessmentSource.Imported,
        _ => null,
    };

    internal const string SourceValues = "self, manager, certificate, test, imported";
}
