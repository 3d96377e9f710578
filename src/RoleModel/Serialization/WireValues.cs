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
