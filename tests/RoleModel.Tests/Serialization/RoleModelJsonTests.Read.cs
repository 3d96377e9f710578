using System.Text;
using RoleModel.Serialization;
using RoleModel.Validation;

namespace RoleModel.Tests.Serialization;

public sealed partial class RoleModelJsonTests
{
    private const string Framework = """
        {"id":"f","name":{"en":"F"},"scales":[{"id":"s","levels":[{"code":"low"},{"code":"high"}]}],
         "competencies":[{"id":"c","kind":"skill","name":{"en":"C"}}]}
        """;

    private static string Document(string roles = "[]", string people = "[]", string version = "1.0") =>
        $$"""{"schemaVersion":"{{version}}","frameworks":[{{Framework}}],"roles":{{roles}},"people":{{people}}}""";

    private static string Role(string members) => $$"""[{"id":"r","title":{"en":"R"}{{members}}}]""";

    private static string Single(JsonReadResult result)
    {
        result.Report.Problems.Should().ContainSingle();
        var problem = result.Report.Problems[0];
        problem.Line.Should().NotBeNull();
        problem.Column.Should().NotBeNull();
        return $"{problem.Code} {problem.Path}: {problem.Message}";
    }

    [Theory]
    [InlineData("", "RM001 $: ")]
    [InlineData("   ", "RM001 $: ")]
    [InlineData("{\"schemaVersion\":\"1.0\"} x", "RM001 $: ")]
    [InlineData("{\"schemaVersion\":\"1.0\" // note\n}", "RM001 $.schemaVersion: ")]
    [InlineData("{'schemaVersion':'1.0'}", "RM001 $: ")]
    public void Read_MalformedJson_ReportsSyntaxProblem(string json, string expected) =>
        Single(RoleModelJson.Read(json)).Should().StartWith(expected);

    [Theory]
    [InlineData("null", "RM003 $: The document must be a JSON object, but is null.")]
    [InlineData("[]", "RM003 $: The document must be a JSON object, but is an array.")]
    [InlineData("\"catalogue\"", "RM003 $: The document must be a JSON object, but is a string.")]
    [InlineData("{\"schemaVersion\":1.0}", "RM003 $.schemaVersion: Expected a string such as \"1.0\" but found a number.")]
    [InlineData("{\"schemaVersion\":\"1.0\",\"roles\":[{\"id\":\"r\",\"title\":{\"en\":\"R\"},\"areas\":[{\"id\":\"a\",\"name\":{},\"minShare\":\"20\"}]}]}", "RM003 $.roles[0].areas[0].minShare: Expected a number, a percentage from 0 to 100, but found a string.")]
    [InlineData("{\"schemaVersion\":\"1.0\",\"roles\":[{\"id\":\"r\",\"title\":{\"en-GB\":true}}]}", "RM003 $.roles[0].title.en-GB: Expected a string but found a boolean.")]
    [InlineData("{\"schemaVersion\":\"1.0\",\"roles\":[{\"id\":\"r\",\"title\":{\"en\":\"R\"},\"tags\":\"a\"}]}", "RM003 $.roles[0].tags: Expected an array of tags, each a string, but found a string.")]
    [InlineData("{\"schemaVersion\":\"1.0\",\"people\":[{\"id\":\"p\",\"assignments\":[7]}]}", "RM003 $.people[0].assignments[0]: Expected a role assignment, an object, but found a number.")]
    [InlineData("{\"schemaVersion\":\"1.0\",\"roles\":[{\"id\":\"r\",\"title\":{\"de CH\":[]}}]}", "RM003 $.roles[0].title['de CH']: Expected a string but found an array.")]
    public void Read_WrongType_NamesExpectedAndFoundKinds(string json, string expected) =>
        Single(RoleModelJson.Read(json)).Should().Be(expected);

    [Theory]
    [InlineData("1", "'1' is not a schema version; expected major.minor, such as \"1.0\".")]
    [InlineData("1.0.0", "'1.0.0' is not a schema version; expected major.minor, such as \"1.0\".")]
    [InlineData("01.0", "'01.0' is not a schema version; expected major.minor, such as \"1.0\".")]
    [InlineData("", "'' is not a schema version; expected major.minor, such as \"1.0\".")]
    [InlineData("0.9", "Schema version '0.9' is older than the versions this library reads (1.x).")]
    [InlineData("2.0", "Schema version '2.0' is newer than the versions this library reads (1.x).")]
    public void Read_UnsupportedSchemaVersion_IsRefusedWithReason(string version, string message) =>
        Single(RoleModelJson.Read(Document(version: version))).Should().Be($"RM007 $.schemaVersion: {message}");

    [Fact]
    public void Read_NewerMajorVersionWithOtherShape_ReportsOnlyTheVersion() =>
        Single(RoleModelJson.Read("""{"schemaVersion":"3.1","roles":{"byId":{}}}""")).Should().StartWith("RM007 $.schemaVersion:");

    [Fact]
    public void Read_NewerMinorVersion_KeepsItsNewMembers()
    {
        var json = Document(Role(",\"successor\":\"r2\""), version: "1.7").Replace("\"frameworks\"", "\"history\":[1,2],\"frameworks\"", StringComparison.Ordinal);

        var result = RoleModelJson.Read(json);

        result.IsValid.Should().BeTrue();
        result.Catalogue!.Extensions.Members.Select(m => m.Key).Should().Equal("history");
        result.Catalogue.Roles[0].Extensions.Members.Select(m => m.Key).Should().Equal("successor");
        RoleModelJson.WriteToString(result.Catalogue, indented: false).Should()
            .StartWith("{\"schemaVersion\":\"1.0\",").And.Contain("\"successor\":\"r2\"").And.EndWith("\"history\":[1,2]}");
    }

    [Theory]
    [InlineData(""","openness":{"kind":"fixed","maxSelfDirectedShare":10}""", "RM100 $.roles[0].openness.maxSelfDirectedShare: A fixed role must not allow a self-directed share above 0 %.")]
    [InlineData(""","openness":{"kind":"free"}""", "RM004 $.roles[0].openness.kind: 'free' is not a valid kind; expected one of: fixed, framed, open.")]
    [InlineData(""","openness":{"kind":"open","minSelfDirectedShare":-1}""", "RM100 $.roles[0].openness.minSelfDirectedShare: The minSelfDirectedShare -1 must be a percentage between 0 and 100.")]
    [InlineData(""","requirements":[{"competency":"c","anyOf":["c"],"importance":"essential"}]""", "RM100 $.roles[0].requirements[0].anyOf: A requirement must have either 'competency' or 'anyOf', not both.")]
    [InlineData(""","requirements":[{"importance":"essential"}]""", "RM006 $.roles[0].requirements[0].competency: A requirement must have a 'competency' or an 'anyOf' member.")]
    [InlineData(""","requirements":[{"anyOf":["c"],"importance":"essential"}]""", "RM006 $.roles[0].requirements[0].id: The required member 'id' is missing.")]
    [InlineData(""","requirements":[{"competency":"c","scale":"s","importance":"essential"}]""", "RM006 $.roles[0].requirements[0].level: A requirement with a 'scale' must also have a 'level'.")]
    [InlineData(""","requirements":[{"competency":"c","importance":"essential","weight":0}]""", "RM100 $.roles[0].requirements[0].weight: The weight of a requirement must be a positive, finite number.")]
    [InlineData(""","requirements":[{"competency":" c","importance":"essential"}]""", "RM100 $.roles[0].requirements[0].competency: The competency must not start or end with white space.")]
    [InlineData(""","tags":["a",null]""", "RM003 $.roles[0].tags[1]: Expected a string but found null.")]
    [InlineData(""","tags":["a","a"]""", "RM100 $.roles[0].tags[1]: The tags must not contain 'a' twice.")]
    [InlineData(""","template":{"removeAreas":[]}""", "RM006 $.roles[0].template.role: The required member 'role' is missing.")]
    [InlineData(""","template":{"role":"r","removeRequirements":["x","x"]}""", "RM100 $.roles[0].template.removeRequirements[1]: The removeRequirements must not contain 'x' twice.")]
    [InlineData(""","outcomes":[{"en":"A"},null]""", "RM003 $.roles[0].outcomes[1]: Expected a localized text, an object such as {\"en\": \"…\"}, but found null.")]
    [InlineData(""","purpose":{"de":null}""", "RM003 $.roles[0].purpose.de: The text for culture 'de' must be a string, not null.")]
    [InlineData(""","purpose":{"de":"a","DE":"b"}""", "RM100 $.roles[0].purpose: The culture 'DE' must not occur twice in a localized text.")]
    [InlineData(""","areas":[{"id":"a","name":{"en":"A"},"minShare":50,"maxShare":40}]""", "RM100 $.roles[0].areas[0].minShare: The minShare 50 must not be above the maxShare 40.")]
    [InlineData(""","areas":[{"id":"a","minShare":50}]""", "RM006 $.roles[0].areas[0].name: The required member 'name' is missing.")]
    [InlineData(""","requirements":[{"competency":"c","importance":"essential"},{"id":"c","anyOf":["c"],"importance":"optional"}]""", "RM101 $.roles[0].requirements[1].id: The requirement identifier 'c' is used more than once.")]
    [InlineData(""","requirements":[{"anyOf":["c","x"],"id":"g","importance":"essential"}]""", "RM102 $.roles[0].requirements[0].anyOf[1]: The competency 'x' does not exist in any framework of the catalogue.")]
    [InlineData(""","requirements":[{"competency":"c","scale":"nope","level":"low","importance":"essential"}]""", "RM102 $.roles[0].requirements[0].scale: The proficiency scale 'nope' does not exist in any framework of the catalogue.")]
    [InlineData(""","template":{"role":"r","removeAreas":["a"]}""", "RM105 $.roles[0].template.role: The template derivation of role 'r' forms a cycle: r → r.")]
    public void Read_InvalidRoleMember_ReportsItAtItsPath(string members, string expected) =>
        Single(RoleModelJson.Read(Document(Role(members)))).Should().Be(expected);

    [Theory]
    [InlineData("""{"id":"p","assessments":[{"competency":"c","scale":"s","level":"low","assessedOn":"2026-01-01","source":"self","expiresOn":"2025-01-01"}]}""", "RM100 $.people[0].assessments[0].expiresOn: An assessment must expire after the day it was made.")]
    [InlineData("""{"id":"p","assessments":[{"competency":"c","scale":"s","level":"low","assessedOn":"2026-1-1","source":"self"}]}""", "RM005 $.people[0].assessments[0].assessedOn: '2026-1-1' is not a valid date; expected yyyy-MM-dd.")]
    [InlineData("""{"id":"p","assessments":[{"competency":"c","scale":"s","level":"low","source":"self"}]}""", "RM006 $.people[0].assessments[0].assessedOn: The required member 'assessedOn' is missing.")]
    [InlineData("""{"id":"p","assignments":[{"role":"r","from":"2026-01-02","to":"2026-01-01"}]}""", "RM100 $.people[0].assignments[0].to: The last day of an assignment must not be before its first day.")]
    [InlineData("""{"id":"p","assignments":[{"role":"r","from":"2026-01-01","to":"2026-13-01"}]}""", "RM005 $.people[0].assignments[0].to: '2026-13-01' is not a valid date: its form is right (yyyy-MM-dd), but there is no month 13.")]
    [InlineData("""{"id":"p","assignments":[{"role":"r","from":"2025-04-31"}]}""", "RM005 $.people[0].assignments[0].from: '2025-04-31' is not a valid date: its form is right (yyyy-MM-dd), but April 2025 has 30 days.")]
    [InlineData("""{"id":"p","assignments":[{"role":"r","from":"2025-02-29"}]}""", "RM005 $.people[0].assignments[0].from: '2025-02-29' is not a valid date: its form is right (yyyy-MM-dd), but February 2025 has 28 days.")]
    [InlineData("""{"id":"p","assignments":[{"role":"r","from":"0000-01-01"}]}""", "RM005 $.people[0].assignments[0].from: '0000-01-01' is not a valid date: its form is right (yyyy-MM-dd), but there is no year 0000.")]
    [InlineData("""{"assignments":[]}""", "RM006 $.people[0].id: The required member 'id' is missing.")]
    public void Read_InvalidPersonMember_ReportsItAtItsPath(string person, string expected) =>
        Single(RoleModelJson.Read(Document(Role(""), $"[{person}]"))).Should().Be(expected);

    [Theory]
    [InlineData("""{"id":"f2","name":{},"scales":[{"id":"s2","levels":[]}]}""", "RM100 $.frameworks[1].scales[0].levels: A proficiency scale must have at least one level.")]
    [InlineData("""{"id":"f2","name":{},"scales":[{"id":"s2","levels":[{"code":"a"},{"code":"a"}]}]}""", "RM100 $.frameworks[1].scales[0].levels: The level code 'a' must not occur twice in a scale.")]
    [InlineData("""{"id":"f2","name":{},"competencies":[{"id":"c2","kind":"skill","name":{},"mappings":[{"relation":"sameAs","scheme":"esco","uri":"u"}]}]}""", "RM004 $.frameworks[1].competencies[0].mappings[0].relation: 'sameAs' is not a valid relation; expected one of: exactMatch, closeMatch, broadMatch, narrowMatch, relatedMatch.")]
    [InlineData("""{"id":"f2","name":{},"competencies":[{"id":"c2","name":{}}]}""", "RM006 $.frameworks[1].competencies[0].kind: The required member 'kind' is missing.")]
    [InlineData("""{"id":"f2","name":{},"competencies":[{"id":"c2","kind":"skill","name":{},"broader":["c","c"]}]}""", "RM100 $.frameworks[1].competencies[0].broader[1]: The broader must not contain 'c' twice.")]
    [InlineData("""{"id":"","name":{}}""", "RM100 $.frameworks[1].id: The id must not be empty or white space.")]
    public void Read_InvalidFrameworkMember_ReportsItAtItsPath(string framework, string expected) =>
        Single(RoleModelJson.Read(Document().Replace("]}],\"roles\"", $"]}},{framework}],\"roles\"", StringComparison.Ordinal))).Should().Be(expected);

    [Fact]
    public void Read_CustomCompetencyKind_IsKept() =>
        RoleModelJson.Read(Document().Replace("\"skill\"", "\"trait\"", StringComparison.Ordinal)).Catalogue!
            .FindCompetency("c")!.Kind.Should().Be(CompetencyKind.FromCode("trait"));

    [Fact]
    public void Read_ProblemAfterAnInvalidSibling_KeepsTheDocumentIndex()
    {
        var roles = """[{"id":" ","title":{}},{"id":"b","title":{},"template":{"role":"missing"}}]""";

        var problems = RoleModelJson.Read(Document(roles)).Report.Problems;

        problems.Select(p => $"{p.Code} {p.Path}").Should().Equal("RM100 $.roles[0].id", "RM102 $.roles[1].template.role");
    }

    [Fact]
    public void Read_ReferenceToAnInvalidObject_IsReportedOnlyOnce()
    {
        var json = Document(Role(""","requirements":[{"competency":"c2","importance":"essential"}]"""))
            .Replace("]}],\"roles\"", "]},{\"id\":\"f2\",\"name\":{},\"competencies\":[{\"id\":\"c2\",\"kind\":\"skill\"}]}],\"roles\"", StringComparison.Ordinal);

        Single(RoleModelJson.Read(json)).Should().StartWith("RM006 $.frameworks[1].competencies[0].name:");
    }

    [Fact]
    public void Read_ReferenceIntoAnInvalidFramework_IsReportedOnlyOnce()
    {
        var json = Document(Role(""","requirements":[{"competency":"c","scale":"s","level":"low","importance":"essential"}]"""))
            .Replace("\"name\":{\"en\":\"F\"}", "\"name\":null", StringComparison.Ordinal);

        Single(RoleModelJson.Read(json)).Should().StartWith("RM003 $.frameworks[0].name:"); // null is a wrong type, not a missing member
    }

    [Fact]
    public void Read_RemovalOfAPartOfAnInvalidRole_IsReportedOnlyOnce()
    {
        var roles = """[{"id":"base","requirements":[{"competency":"c","importance":"essential"}],"areas":[{"id":"a","name":{}}]},"""
            + """{"id":"derived","title":{},"template":{"role":"base","removeRequirements":["c"],"removeAreas":["a"]}}]""";

        Single(RoleModelJson.Read(Document(roles))).Should().StartWith("RM006 $.roles[0].title:");
    }

    [Fact]
    public void Read_GenuineDanglingReferenceNextToAnInvalidObject_IsStillReported()
    {
        var roles = """[{"id":"r","title":{},"requirements":[{"competency":"c","importance":"essential"},{"competency":"x","importance":"essential"}]},"""
            + """{"id":"bad","title":{},"requirements":[{"competency":"x","importance":"vital"}]}]""";

        RoleModelJson.Read(Document(roles)).Report.Problems.Select(p => $"{p.Code} {p.Path}")
            .Should().Equal("RM004 $.roles[1].requirements[0].importance", "RM102 $.roles[0].requirements[1].competency");
    }

    [Theory]
    [InlineData("""{"schemaVersion":"1.0","x:x":{"a":1,"a":2}}""", "RM002 $.x:x.a: The member 'a' occurs more than once in the same object.")]
    [InlineData("""{"schemaVersion":"1.0","roles":[{"id":"r","title":{"en":"A","en":"B"}}]}""", "RM002 $.roles[0].title.en: The member 'en' occurs more than once in the same object.")]
    [InlineData("""{"schemaVersion":"1.0","schemaVersion":"1.0"}""", "RM002 $.schemaVersion: The member 'schemaVersion' occurs more than once in the same object.")]
    public void Read_DuplicateMember_AtAnyLevel_IsRefused(string json, string expected) =>
        Single(RoleModelJson.Read(json)).Should().Be(expected);

    [Fact]
    public void Read_NestingAtTheLimit_IsAccepted() =>
        RoleModelJson.Read(Nested(63)).IsValid.Should().BeTrue();

    [Fact]
    public void Read_NestingBeyondTheLimit_IsRefusedWithPosition()
    {
        var problem = RoleModelJson.Read(Nested(64)).Report.Problems.Single();

        problem.Code.Should().Be(ProblemCodes.TooDeep);
        (problem.Line, problem.Column).Should().Be((1, 29 + 63), "the 64th array opens at that column");
    }

    /// <summary>A document whose root object holds a member nested in <paramref name="arrays"/> arrays.</summary>
    private static string Nested(int arrays) =>
        $$"""{"schemaVersion":"1.0","x:":{{new string('[', arrays)}}{{new string(']', arrays)}}}""";

    [Fact]
    public void Read_ColumnAfterNonAsciiText_CountsCharacters()
    {
        var problem = RoleModelJson.Read("{\"schemaVersion\":\"1.0\",\"x:\":\"äöü€😀\",\"roles\":5}").Report.Problems.Single();

        (problem.Line, problem.Column).Should().Be((1, 45), "columns count characters, not bytes");
    }

    [Fact]
    public void Read_ProblemOnLaterLine_HasLineAndColumn()
    {
        var problem = RoleModelJson.Read("{\n  \"schemaVersion\": \"1.0\",\n  \"roles\": [\n    {\"id\": \"\", \"title\": {}}\n  ]\n}").Report.Problems.Single();

        (problem.Line, problem.Column).Should().Be((4, 12));
    }

    [Fact]
    public void Read_InvalidUtf8_ReportsSyntaxProblem()
    {
        byte[] bytes = [.. "{\"schemaVersion\":\"1.0\",\"x\":\""u8, 0xC3, 0x28, .. "\"}"u8];

        Single(RoleModelJson.Read(bytes)).Should().StartWith("RM001 ");
    }

    [Fact]
    public void Read_ByteOrderMark_IsSkipped()
    {
        byte[] bytes = [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(Document())];

        RoleModelJson.Read(bytes).IsValid.Should().BeTrue();
    }

    [Fact]
    public async Task Read_AllOverloads_GiveTheSameResult()
    {
        var text = File.ReadAllText(Path.Combine(TestPaths.InvalidSamples, "several-problems.json"));
        var bytes = Encoding.UTF8.GetBytes(text);
        var expected = RoleModelJson.Read(text).Report;

        RoleModelJson.Read(bytes.AsSpan()).Report.Should().Be(expected);
        RoleModelJson.Read(bytes.AsMemory()).Report.Should().Be(expected);
        RoleModelJson.Read(new MemoryStream(bytes)).Report.Should().Be(expected);
        (await RoleModelJson.ReadAsync(new MemoryStream(bytes))).Report.Should().Be(expected);
    }

    [Fact]
    public void Read_NullString_Throws() =>
        FluentActions.Invoking(() => RoleModelJson.Read((string)null!)).Should().Throw<ArgumentNullException>();

    [Fact]
    public void Read_NullStream_Throws() =>
        FluentActions.Invoking(() => RoleModelJson.Read((Stream)null!)).Should().Throw<ArgumentNullException>();

    [Fact]
    public void Read_UnknownMembersAtEveryLevel_AreKeptInOrder()
    {
        var json = """
            {"schemaVersion":"1.0","z":1,"frameworks":[{"id":"f","name":{},"y":[true],"scales":[{"id":"s","x":null,"levels":[{"code":"l","w":"v"}]}],
             "competencies":[{"id":"c","kind":"skill","name":{},"mappings":[{"relation":"exactMatch","scheme":"e","uri":"u","v":{}}],"u":2}]}],
             "roles":[{"id":"r","title":{},"openness":{"kind":"open","t":1},"template":{"role":"r0","s":1},"requirements":[{"competency":"c","importance":"optional","q":1}],
             "areas":[{"id":"a","name":{},"p":1}]},{"id":"r0","title":{}}],
             "people":[{"id":"p","o":1,"assessments":[{"competency":"c","scale":"s","level":"l","assessedOn":"2026-01-01","source":"test","n":1}],
             "assignments":[{"role":"r","from":"2026-01-01","m":1}]}],"a":2}
            """;

        var catalogue = RoleModelJson.Read(json).Catalogue!;

        catalogue.Extensions.Members.Select(m => m.Key).Should().Equal("z", "a");
        var framework = catalogue.Frameworks[0];
        string[] kept =
        [
            .. framework.Extensions.Members.Select(m => m.Key), .. framework.Scales[0].Extensions.Members.Select(m => m.Key),
            .. framework.Scales[0].Levels[0].Extensions.Members.Select(m => m.Key), .. framework.Competencies[0].Extensions.Members.Select(m => m.Key),
            .. framework.Competencies[0].Mappings[0].Extensions.Members.Select(m => m.Key), .. catalogue.Roles[0].Openness.Extensions.Members.Select(m => m.Key),
            .. catalogue.Roles[0].Template!.Extensions.Members.Select(m => m.Key), .. catalogue.Roles[0].Requirements[0].Extensions.Members.Select(m => m.Key),
            .. catalogue.Roles[0].Areas[0].Extensions.Members.Select(m => m.Key), .. catalogue.People[0].Extensions.Members.Select(m => m.Key),
            .. catalogue.People[0].Assessments[0].Extensions.Members.Select(m => m.Key), .. catalogue.People[0].Assignments[0].Extensions.Members.Select(m => m.Key),
        ];
        kept.Should().Equal("y", "x", "w", "u", "v", "t", "s", "q", "p", "o", "n", "m");
        RoleModelJson.Read(RoleModelJson.WriteToUtf8Bytes(catalogue)).Catalogue.Should().Be(catalogue);
    }

    [Fact]
    public void Read_AnIdentifierThatBreaksTheRule_IsReportedAtEveryPlace_EvenWhenTheSameTextWasReadBeforeAsAnotherValue()
    {
        // The reader shares equal short strings and remembers which keep the identifier rule; one that breaks it
        // is reported wherever it is an identifier, also after the same text was an importance (not an identifier).
        const string bad = "essential ";
        var roles = $$"""
            [{"id":"r1","title":{"en":"R1"},"requirements":[{"competency":"c","importance":"{{bad}}"},{"competency":"{{bad}}","importance":"essential"}]},
             {"id":"r2","title":{"en":"R2"},"requirements":[{"competency":"{{bad}}","importance":"optional"}]}]
            """;

        var problems = RoleModelJson.Read(Document(roles)).Report.Problems;

        problems.Where(p => p.Message.Contains("must not start or end with white space", StringComparison.Ordinal))
            .Select(p => (p.Code, p.Path))
            .Should().Equal((ProblemCodes.InvalidValue, "$.roles[0].requirements[1].competency"), (ProblemCodes.InvalidValue, "$.roles[1].requirements[0].competency"));
        problems.Should().Contain(p => p.Path == "$.roles[0].requirements[0].importance", "the importance is not one of the names");
    }

    [Fact]
    public void Read_PlainRequirementsOfTheSameCompetency_AreSharedAndTheOthersKeepTheirOwnValues()
    {
        // A requirement with only a competency and an importance is immutable and the same in every role that has
        // it, so the reader shares one object (ESCO: 25,000 instead of 124,000); anything more makes it its own.
        const string plain = """{"competency":"c","importance":"essential"}""";
        var roles = $$"""
            [{"id":"r1","title":{"en":"R1"},"requirements":[{{plain}}]},
             {"id":"r2","title":{"en":"R2"},"requirements":[{{plain}}]},
             {"id":"r3","title":{"en":"R3"},"requirements":[{"competency":"c","importance":"optional"}]},
             {"id":"r4","title":{"en":"R4"},"requirements":[{"competency":"c","importance":"essential","weight":2}]},
             {"id":"r5","title":{"en":"R5"},"requirements":[{"competency":"c","importance":"essential","x:note":1}]},
             {"id":"r6","title":{"en":"R6"},"requirements":[{"id":"own","competency":"c","importance":"essential"}]},
             {"id":"r7","title":{"en":"R7"},"requirements":[{"competency":"c","importance":"essential","scale":"s","level":"low"}]}]
            """;
        var result = RoleModelJson.Read(Document(roles));

        result.Report.Problems.Should().BeEmpty();
        var requirements = result.Catalogue!.Roles.Select(r => r.Requirements.Should().ContainSingle().Subject).ToList();
        requirements[1].Should().BeSameAs(requirements[0]);
        requirements.Skip(2).Should().OnlyContain(r => !ReferenceEquals(r, requirements[0]));
        requirements.Select(r => (r.Id, string.Join(",", r.CompetencyIds), r.Importance, r.Weight, r.Extensions.Members.Length, r.MinimumLevel?.LevelCode)).Should().Equal(
            ("c", "c", RequirementImportance.Essential, 1.0, 0, null),
            ("c", "c", RequirementImportance.Essential, 1.0, 0, null),
            ("c", "c", RequirementImportance.Optional, 1.0, 0, null),
            ("c", "c", RequirementImportance.Essential, 2.0, 0, null),
            ("c", "c", RequirementImportance.Essential, 1.0, 1, null),
            ("own", "c", RequirementImportance.Essential, 1.0, 0, null),
            ("c", "c", RequirementImportance.Essential, 1.0, 0, "low"));
    }
}
