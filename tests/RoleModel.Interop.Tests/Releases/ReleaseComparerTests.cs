using System.Globalization;
using System.Text.Json;
using NodaTime;
using RoleModel.Interop.Esco;
using RoleModel.Interop.Onet;
using RoleModel.Interop.Releases;

namespace RoleModel.Interop.Tests.Releases;

/// <summary>Differences between releases: small hand-made catalogues, and the real ESCO and O*NET releases.</summary>
public sealed class ReleaseComparerTests
{
    [Fact]
    public void CompareRoles_SmallCatalogues_FindsEachKindOfChange()
    {
        var older = new Catalogue(roles:
        [
            new Role("kept", LocalizedText.Of("en", "Kept")),
            new Role("renamed", LocalizedText.Of("en", "Old name")),
            new Role("moved", LocalizedText.Of("en", "Moved"), tags: ["isco:1111"]),
            new Role("gone", LocalizedText.Of("en", "Gone")),
        ]);
        var newer = new Catalogue(roles:
        [
            new Role("new", LocalizedText.Of("en", "New")),
            new Role("moved", LocalizedText.Of("en", "Moved"), tags: ["isco:2222"]),
            new Role("renamed", LocalizedText.Of("en", "New name")),
            new Role("kept", LocalizedText.Of("en", "Kept")),
        ]);

        var difference = ReleaseComparer.CompareRoles(older, newer, "1", "2");

        difference.RoleChanges.Should().Equal(
            new RoleChange(RoleChangeKind.Added, "new", null, "New"),
            new RoleChange(RoleChangeKind.Removed, "gone", "Gone", null),
            new RoleChange(RoleChangeKind.Relabelled, "renamed", "Old name", "New name"),
            new RoleChange(RoleChangeKind.Regrouped, "moved", "isco:1111 | ", "isco:2222 | "));
    }

    [Fact]
    public void CompareEmergingTasks_AddedAndWithdrawn_AreMatchedByRoleStatementCategoryAndOriginal()
    {
        var month = new YearMonth(2024, 8);
        var kept = new ProposedTask("11-1011.00", "Plan.", EmergingTaskCategory.New, month);
        var withdrawn = new ProposedTask("11-1011.00", "Budget.", EmergingTaskCategory.Revision, month, "12");
        var added = new ProposedTask("11-1011.00", "Budget.", EmergingTaskCategory.Revision, month, "13");

        var difference = ReleaseComparer.CompareEmergingTasks([kept, withdrawn], [kept, added]);

        difference.AddedEmergingTasks.Should().Equal(added);
        difference.WithdrawnEmergingTasks.Should().Equal(withdrawn);
        difference.RoleChanges.Should().BeEmpty();
    }

    [DataFact("esco", "v1.2.0-occupations")]
    public void CompareRoles_Esco111To120_CountsMatchTheSourceFiles()
    {
        var older = EscoImporter.Import(SharedData.Path("esco", "v1.1.1"), new EscoImportOptions { OccupationsOnly = true, Version = "1.1.1" });
        var newer = EscoImporter.Import(SharedData.Path("esco", "v1.2.0-occupations"), new EscoImportOptions { OccupationsOnly = true, Version = "1.2.0" });

        var difference = ReleaseComparer.CompareRoles(older.Catalogue!, newer.Catalogue!);

        newer.Catalogue!.Roles.Should().HaveCount(3_039);
        difference.Of(RoleChangeKind.Added).Should().HaveCount(35);
        difference.Of(RoleChangeKind.Removed).Should().HaveCount(3);
        difference.Of(RoleChangeKind.Relabelled).Should().HaveCount(23);
        difference.Of(RoleChangeKind.Regrouped).Should().HaveCount(15);
        difference.Of(RoleChangeKind.Relabelled).Should().Contain(new RoleChange(RoleChangeKind.Relabelled,
            "http://data.europa.eu/esco/occupation/06461fc3-1274-40a1-9322-dfc2753f5eea", "spinning textile technician", "spinning textile operator"));
        (difference.OlderVersion, difference.NewerVersion).Should().Be(("1.1.1", "1.2.0"));
    }

    [DataFact("onet", "29.2")]
    public void CompareEmergingTasks_Onet292To293_Finds55AddedAndWritesJson()
    {
        var older = OnetImporter.ImportEmergingTasks(SharedData.Path("onet", "29.2"));
        var newer = OnetImporter.ImportEmergingTasks(SharedData.Path("onet", "29.3", "tsv"));

        var difference = ReleaseComparer.CompareEmergingTasks(older.EmergingTasks, newer.EmergingTasks, "29.2", "29.3");

        difference.AddedEmergingTasks.Should().HaveCount(55);
        difference.WithdrawnEmergingTasks.Should().BeEmpty();
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream))
        {
            difference.WriteTo(writer);
        }

        using var json = JsonDocument.Parse(stream.ToArray());
        json.RootElement.GetProperty("counts").GetProperty("addedEmergingTasks").GetInt32().Should().Be(55);
        json.RootElement.GetProperty("addedEmergingTasks")[0].GetProperty("date").GetString()
            .Should().Be(difference.AddedEmergingTasks[0].Date.ToString("yyyy-MM", CultureInfo.InvariantCulture));
    }
}
