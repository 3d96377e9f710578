using System.Text;
using System.Text.Json;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;
using RoleModel.History;

namespace RoleModel.Tests.Serialization;

/// <summary>
/// FsCheck generators of catalogues whose objects are each valid (references need not resolve): unicode
/// text, extreme numbers (shares with 28 digits, 0 and 100, weights from 5e-324 to 1.7e308), unknown
/// members with arbitrary JSON values at every object level.
/// </summary>
public static partial class CatalogueGenerators
{
    public static Arbitrary<Catalogue> Catalogue() => CatalogueGen.ToArbitrary();


    private static readonly Gen<char> UnicodeChar = Gen.Frequency(
        (6, Gen.Elements("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_.".ToCharArray())),
        (2, Gen.Elements("äöüßÄÖÜéèçñøåłžчжяΩπ中文字日本語한국어عربيעברית".ToCharArray())),
        (1, Gen.Elements(" \t\n\"\\/'<>&\u0000\u001f\u007f\u00a0\u2028\u2029\ufeff\uffff".ToCharArray())));

    private static readonly Gen<string> Emoji = Gen.Elements("😀", "👩‍💻", "🏳️‍🌈", "𝄞", "🇩🇪");

    /// <summary>Any valid Unicode text (no lone surrogates), possibly empty.</summary>
    private static readonly Gen<string> Text =
        Gen.ListOf(Gen.Frequency((9, UnicodeChar.Select(c => c.ToString())), (1, Emoji)), 12).Select(parts => string.Concat((IEnumerable<string>)parts));

    /// <summary>The format's white space (U+0085 and U+FEFF too), which <see cref="string.Trim()"/> alone does not all remove.</summary>
    private static readonly char[] FormatWhiteSpace = [.. Enumerable.Range(0, 0x10000).Select(c => (char)c).Where(RoleModel.FormatWhiteSpace.Contains)];

    /// <summary>A non-blank text without white space at either end.</summary>
    private static readonly Gen<string> Identifier =
        from first in Gen.Elements("abcxyzÄé中k9".ToCharArray())
        from rest in Text
        select (first + rest.Trim(FormatWhiteSpace)).Trim(FormatWhiteSpace);

    private static readonly string[] Cultures = ["", "de", "en", "en-GB", "fr", "zh-Hans"];

    private static readonly Gen<LocalizedText> Localized =
        from cultures in Gen.SubListOf(Cultures)
        from order in Gen.Shuffle((IEnumerable<string>)cultures)
        from texts in Gen.ArrayOf(Text, order.Length)
        select new LocalizedText(order.Zip(texts, (c, t) => new KeyValuePair<string, string>(c, t)));

    private static readonly Gen<decimal> Share = Gen.Frequency(
        (2, Gen.Elements(0m, 100m, 50m, 12.50m, 0.0000000000000000000000000001m, 99.999999999999999999999999999m, 33.333333333333333333333333333m)),
        (3, Gen.Choose(0, 100000).Select(i => i / 1000m)));

    private static readonly Gen<ShareRange> Range =
        from a in Share
        from b in Share
        select new ShareRange(Math.Min(a, b), Math.Max(a, b));

    private static readonly Gen<double> Weight = Gen.Frequency(
        (3, Gen.Elements(1.0, 1e-300, 1.7e308, double.Epsilon, double.MaxValue, 0.1, 2.5, 1.0 / 3.0)),
        (2, Gen.Choose(1, 1000000).Select(i => i / 997.0)));

    private static readonly Gen<LocalDate> Date =
        from year in Gen.Frequency((1, Gen.Elements(1, 9980)), (5, Gen.Choose(1900, 2100)))
        from day in Gen.Choose(1, 365)
        select new LocalDate(year, 1, 1).PlusDays(day - 1);

    /// <summary>Unknown members: names that the format does not use, values of every JSON kind.</summary>
    private static readonly Gen<ExtensionData> Extensions = Gen.Frequency(
        (3, Gen.Constant(ExtensionData.Empty)),
        (1, from names in Gen.ListOf(Text.Select(t => "x:" + t), 3)
            from values in Gen.ArrayOf(JsonValue(3), names.Count)
            select new ExtensionData(names.Distinct(StringComparer.Ordinal).Zip(values, (n, v) => new KeyValuePair<string, JsonElement>(n, v)))));

    private static Gen<JsonElement> JsonValue(int depth)
    {
        var scalar = Gen.OneOf(
            Gen.Elements("null", "true", "false", "0", "-0", "1.50", "1e400", "-1.7976931348623157E+308", "123456789012345678901234567890"),
            Text.Select(t => JsonSerializer.Serialize(t)));
        var json = depth == 0
            ? scalar
            : Gen.Frequency(
                (3, scalar),
                (1, Gen.ListOf(JsonValue(depth - 1), 3).Select(items => "[" + string.Join(",", items.Select(i => i.GetRawText())) + "]")),
                (1, from names in Gen.ListOf(Text, 3)
                    from values in Gen.ArrayOf(JsonValue(depth - 1), names.Count)
                    select "{" + string.Join(",", names.Distinct(StringComparer.Ordinal).Zip(values, (n, v) => JsonSerializer.Serialize(n) + ":" + v.GetRawText())) + "}"));
        return json.Select(text => JsonDocument.Parse(text).RootElement.Clone());
    }

    private static Gen<List<T>> Small<T>(Gen<T> gen, int max) => Gen.Choose(0, max).SelectMany(n => Gen.ListOf(gen, n));

    private static Gen<List<string>> DistinctIds(int max) => Small(Identifier, max).Select(ids => ids.Distinct(StringComparer.Ordinal).ToList());

    private static readonly Gen<ProficiencyLevel> Level =
        from code in Identifier
        from label in Localized
        from description in Localized
        from extensions in Extensions
        select new ProficiencyLevel(code, label, description, extensions);

    private static readonly Gen<ProficiencyScale> Scale =
        from id in Identifier
        from levels in Gen.NonEmptyListOf(Level)
        from name in Localized
        from extensions in Extensions
        select new ProficiencyScale(id, levels.DistinctBy(l => l.Code, StringComparer.Ordinal), name, extensions);

    private static readonly Gen<ConceptMapping> Mapping =
        from relation in Gen.Elements(Enum.GetValues<MappingRelation>())
        from scheme in Identifier
        from uri in Identifier
        from extensions in Extensions
        select new ConceptMapping(relation, scheme, uri, extensions);

    private static readonly Gen<Competency> Competency =
        from id in Identifier
        from kind in Gen.OneOf(Gen.Elements(CompetencyKind.Skill, CompetencyKind.Knowledge, CompetencyKind.Ability, CompetencyKind.Attitude), Identifier.Select(CompetencyKind.FromCode))
        from name in Localized
        from description in Localized
        from broader in DistinctIds(3)
        from mappings in Small(Mapping, 2)
        from extensions in Extensions
        select new Competency(id, kind, name, description, broader, mappings, extensions);

    private static readonly Gen<RoleModel.Analysis.ScaleMapping> ScaleMapping =
        from source in Identifier
        from target in Identifier.Where(t => !string.Equals(t, source, StringComparison.Ordinal))
        from sources in Gen.NonEmptyListOf(Identifier).Select(l => l.Distinct(StringComparer.Ordinal).Take(4).ToList())
        from targets in Gen.ArrayOf(Identifier, sources.Count)
        from extensions in Extensions
        select new RoleModel.Analysis.ScaleMapping(source, target, sources.Zip(targets).ToDictionary(p => p.First, p => p.Second, StringComparer.Ordinal), extensions);

    private static readonly Gen<CompetencyFramework> Framework =
        from id in Identifier
        from name in Localized
        from scales in Small(Scale, 2)
        from competencies in Small(Competency, 4)
        from version in Gen.OrNull(Identifier)
        from description in Localized
        from extensions in Extensions
        from scaleMappings in Small(ScaleMapping, 2)
        select new CompetencyFramework(id, name, scales, competencies, version, description, extensions, scaleMappings);

    private static readonly Gen<RoleOpenness> Openness = Gen.OneOf(
        Gen.Constant(RoleOpenness.Fixed),
        from kind in Gen.Elements(OpennessKind.Framed, OpennessKind.Open)
        from range in Range
        from extensions in Extensions
        select new RoleOpenness(kind, range, extensions));

    private static readonly Gen<CompetencyRequirement> Requirement =
        from ids in Gen.NonEmptyListOf(Identifier).Select(l => l.Distinct(StringComparer.Ordinal).Take(3).ToList())
        from id in Gen.OneOf(Gen.Constant(ids[0]), Identifier)
        from level in Gen.OrNull(from s in Identifier from l in Identifier select new LevelReference(s, l))
        from importance in Gen.Elements(RequirementImportance.Essential, RequirementImportance.Optional)
        from weight in Weight
        from extensions in Extensions
        select new CompetencyRequirement(id, ids, level, importance, weight, extensions);

    private static readonly Gen<ResponsibilityArea> Area =
        from id in Identifier
        from name in Localized
        from range in Range
        from extensions in Extensions
        select new ResponsibilityArea(id, name, range, extensions);

    private static readonly Gen<RoleTemplate> Template =
        from role in Identifier
        from requirements in DistinctIds(2)
        from areas in DistinctIds(2)
        from extensions in Extensions
        select new RoleTemplate(role, requirements, areas, extensions);

    private static readonly Gen<Role> Role =
        from id in Identifier
        from title in Localized
        from openness in Openness
        from purpose in Localized
        from outcomes in Small(Localized, 2)
        from requirements in Small(Requirement, 3)
        from areas in Small(Area, 2)
        from template in Gen.OrNull(Template)
        from tags in DistinctIds(3)
        from extensions in Extensions
        select new Role(id, title, openness, purpose, outcomes, requirements, areas, template, tags, extensions);

    private static readonly Gen<CompetencyAssessment> Assessment =
        from competency in Identifier
        from level in from s in Identifier from l in Identifier select new LevelReference(s, l)
        from day in Date
        from source in Gen.Elements(Enum.GetValues<AssessmentSource>())
        from expiry in Gen.OneOf(Gen.Constant<LocalDate?>(null), Gen.Choose(1, 4000).Select(d => (LocalDate?)day.PlusDays(d)))
        from evidence in Gen.OrNull(Text)
        from extensions in Extensions
        select new CompetencyAssessment(competency, level, day, source, expiry, evidence, extensions);

    private static readonly Gen<RoleAssignment> Assignment =
        from role in Identifier
        from start in Date
        from end in Gen.OneOf(Gen.Constant<LocalDate?>(null), Gen.Choose(0, 4000).Select(d => (LocalDate?)start.PlusDays(d)))
        from extensions in Extensions
        select new RoleAssignment(role, start, end, extensions);

    private static readonly Gen<Person> Person =
        from id in Identifier
        from assessments in Small(Assessment, 3)
        from assignments in Small(Assignment, 2)
        from extensions in Extensions
        select new Person(id, assessments, assignments, extensions);

    private static readonly Gen<CatalogueIdentity?> Identity =
        from id in Identifier
        from version in Identifier
        from issued in Date
        from publisher in Gen.Frequency((1, Gen.Constant<string?>(null)), (1, Identifier.Select(p => (string?)p)))
        select (CatalogueIdentity?)new CatalogueIdentity(id, version, issued, publisher);

    // Declared after the generators it uses: static fields initialize in textual order.
    internal static readonly Gen<Catalogue> CatalogueGen =
        from frameworks in Small(Framework, 3)
        from roles in Small(Role, 4)
        from people in Small(Person, 3)
        from extensions in Extensions
        from histories in roles.Count == 0 ? Gen.Constant(new List<RoleHistory>()) : Small(HistoryOf(roles), 2)
        from identity in Gen.Frequency((1, Gen.Constant<CatalogueIdentity?>(null)), (1, Identity))
        select new Catalogue(frameworks, roles, people, extensions, histories, identity: identity);

    /// <summary>Readable text of a generated catalogue for a failure message.</summary>
    internal static string Describe(Catalogue catalogue) => Encoding.UTF8.GetString(RoleModel.Serialization.RoleModelJson.WriteToUtf8Bytes(catalogue));
}
