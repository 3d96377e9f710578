using RoleModel.Interop.Esco;
using RoleModel.Validation;

namespace RoleModel.Interop.Tests.Esco;

/// <summary>
/// The two pillars are read on two threads: problems still come in file order (then line order), progress on the
/// calling thread with each file's reports together, and cancellation as the exception it is.
/// </summary>
public sealed class EscoImporterParallelTests : IDisposable
{
    private const int Rows = 20_000;
    private readonly MiniRelease release = new();

    public void Dispose() => release.Dispose();

    [Fact]
    public void Import_ProblemsInBothPillars_AreInFileOrderThenLineOrderEveryTime()
    {
        // Enough rows in both pillars for the two threads to overlap, and a problem on every one of them.
        release.Write("broaderRelationsSkillPillar.csv", ["conceptType,conceptUri,broaderType,broaderUri", .. UnknownLinks("skill", Rows)]);
        release.Write("broaderRelationsOccPillar.csv", ["conceptType,conceptUri,broaderType,broaderUri", .. UnknownLinks("occupation", Rows)]);
        release.Write("skillGroups_en.csv", "conceptType,conceptUri,preferredLabel", $"SkillGroup,{MiniRelease.Group},");
        release.Write("ISCOGroups_en.csv", "conceptType,conceptUri,code,preferredLabel", $"ISCOGroup,{MiniRelease.Isco},,directors");
        release.Write("greenSkillsCollection_en.csv", "conceptType,conceptUri", "KnowledgeSkillCompetence,http://data.europa.eu/esco/skill/unknown");
        List<(string File, long? Line)> expected =
        [
            ("skillGroups_en.csv", 2),
            .. Enumerable.Range(2, Rows).Select(line => ("broaderRelationsSkillPillar.csv", (long?)line)),
            ("ISCOGroups_en.csv", 2),
            ("occupations_en.csv", 2),
            .. Enumerable.Range(2, Rows).Select(line => ("broaderRelationsOccPillar.csv", (long?)line)),
            ("greenSkillsCollection_en.csv", 2),
        ];

        var first = EscoImporter.Import(release.Directory).Problems;
        first.Select(p => (p.File, p.Line)).Should().Equal(expected);
        first.Where(p => p.Severity == ProblemSeverity.Error).Select(p => p.File).Should().Equal("skillGroups_en.csv", "ISCOGroups_en.csv");
        for (var i = 0; i < 5; i++)
        {
            EscoImporter.Import(release.Directory).Problems.Should().Equal(first);
        }
    }

    [Fact]
    public void Import_WithProgress_ReportsOnTheCallingThreadEachFileTogether()
    {
        release.Write("broaderRelationsSkillPillar.csv", ["conceptType,conceptUri,broaderType,broaderUri", .. UnknownLinks("skill", Rows)]);
        release.Write("broaderRelationsOccPillar.csv", ["conceptType,conceptUri,broaderType,broaderUri", .. UnknownLinks("occupation", Rows)]);
        var reports = new List<(ImportProgress Progress, int Thread)>();

        var result = EscoImporter.Import(release.Directory, progress: new Recorder(p => reports.Add((p, Environment.CurrentManagedThreadId))));

        result.Succeeded.Should().BeTrue();
        reports.Select(r => r.Thread).Should().AllBeEquivalentTo(Environment.CurrentManagedThreadId);
        var stages = reports.Select(r => r.Progress.Stage).ToList();
        var runs = stages.Where((stage, i) => i == 0 || stages[i - 1] != stage).ToList();
        runs.Should().OnlyHaveUniqueItems("each file's reports come together").And.HaveCount(result.RowsRead.Count);
        reports.Select(r => r.Progress).Should().Contain(
            [new("broaderRelationsSkillPillar.csv", 16_384, null), new("broaderRelationsSkillPillar.csv", Rows, Rows)]);
        foreach (var stage in runs)
        {
            reports.Where(r => r.Progress.Stage == stage).Select(r => r.Progress.RowsDone).Should().BeInAscendingOrder();
        }
    }

    [Fact]
    public void Import_CancelledWhileReading_ThrowsOperationCanceledOnTheCallingThread()
    {
        using var cancellation = new CancellationTokenSource();
        var reports = new List<ImportProgress>();

        var import = () => EscoImporter.Import(release.Directory, progress: new Recorder(p =>
        {
            reports.Add(p);
            cancellation.Cancel();
        }), cancellationToken: cancellation.Token);

        import.Should().Throw<OperationCanceledException>();
        reports.Should().HaveCountLessThanOrEqualTo(2, "the import stops at the next file");
    }

    [Fact]
    public void Import_PaddedAndNonAsciiUris_AreFoundLikePlainOnes()
    {
        const string Accented = "http://data.europa.eu/esco/skill/fähigkeit-ü";
        release.Write("skills_en.csv",
            "conceptType,conceptUri,skillType,reuseLevel,preferredLabel,altLabels,status,description",
            $"KnowledgeSkillCompetence,{MiniRelease.Skill1},skill/competence,transversal,lead a team,,released,Lead.",
            $"KnowledgeSkillCompetence,{MiniRelease.Skill2},knowledge,cross-sector,budgeting,,released,Money.",
            $"KnowledgeSkillCompetence,{Accented},knowledge,cross-sector,Fähigkeit,,released,Ü.");
        release.Write("broaderRelationsSkillPillar.csv", "conceptType,conceptUri,broaderType,broaderUri",
            $"KnowledgeSkillCompetence,{Accented},SkillGroup,\" {MiniRelease.Group}\t\"");
        release.Write("occupationSkillRelations.csv", "occupationUri,relationType,skillType,skillUri",
            $"\" {MiniRelease.Occupation}\",\" essential \",skill/competence,{MiniRelease.Skill1}",
            $"{MiniRelease.Occupation},optional,knowledge,{Accented}",
            $"{MiniRelease.Occupation},optional,knowledge,\"{Accented} \"");

        var result = EscoImporter.Import(release.Directory);

        result.Problems.Select(p => p.ToString()).Should().Equal(
            $"occupationSkillRelations.csv(4): warning: The skill '{Accented}' of occupation '{MiniRelease.Occupation}' occurs twice; the repetition was left out.");
        result.Framework!.FindCompetency(Accented)!.BroaderIds.Should().Equal(MiniRelease.Group);
        result.Catalogue!.Roles.Single().Requirements.Select(r => (r.CompetencyIds[0], r.Importance)).Should().Equal(
            (MiniRelease.Skill1, RequirementImportance.Essential), (Accented, RequirementImportance.Optional));
    }

    private static IEnumerable<string> UnknownLinks(string kind, int count) =>
        Enumerable.Range(0, count).Select(i => $"Concept,http://data.europa.eu/esco/{kind}/unknown-{i},Concept,http://data.europa.eu/esco/{kind}/other-{i}");

    private sealed class Recorder(Action<ImportProgress> report) : IProgress<ImportProgress>
    {
        public void Report(ImportProgress value) => report(value);
    }
}
