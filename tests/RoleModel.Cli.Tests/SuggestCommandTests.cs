using System.Text.Json;
using RoleModel.Cli.Discovery;
using RoleModel.Discovery;

namespace RoleModel.Cli.Tests;

/// <summary>rolemodel suggest on the bundled sample (character n-grams, or the real model on a few texts) and its usage errors.</summary>
public sealed class SuggestCommandTests : IDisposable
{
    private readonly string cache = Path.Combine(Path.GetTempPath(), "rolemodel-suggest-" + Guid.NewGuid().ToString("N") + ".bin");

    /// <summary>The title of the sample's task cdo/ai-pilot in both its languages.</summary>
    private const string Bilingual = "Pilot: KI-Assistenz für die Sachbearbeitung Pilot: AI assistance for case workers";

    public void Dispose() => File.Delete(cache);

    [Fact]
    public void Suggest_Texts_PrintsOneJsonObjectPerLineInInputOrder()
    {
        using var texts = new TemporaryFile("Open-Data-Portal aufbauen\nPilot: AI assistance for case workers\n"u8.ToArray(), "texts.txt");

        var result = CliRunner.Run("suggest", "--texts", texts.Path, "--top", "2", "--format", "json", "--embedding-cache", cache);

        result.ExitCode.Should().Be(0, result.Error);
        var lines = result.Out.TrimEnd().Split('\n');
        lines.Should().HaveCount(2);
        var objects = lines.Select(l => JsonDocument.Parse(l).RootElement).ToList();
        objects.Select(o => o.GetProperty("text").GetString()).Should().Equal("Open-Data-Portal aufbauen", "Pilot: AI assistance for case workers");
        foreach (var o in objects)
        {
            o.EnumerateObject().Select(p => p.Name).Should().Equal("text", "confident", "comparedBy", "activities", "tasks", "competencies");
            var tasks = o.GetProperty("tasks").EnumerateArray().ToList();
            tasks.Should().HaveCount(2);
            tasks.Select(t => t.GetProperty("score").GetDouble()).Should().BeInDescendingOrder();
            tasks[0].EnumerateObject().Select(p => p.Name).Should().Equal("role", "id", "title", "score", "weak");
            o.GetProperty("competencies").EnumerateArray().Should().NotBeEmpty()
                .And.OnlyContain(c => c.GetProperty("evidence").GetString()!.Length > 0);
        }

        File.Exists(cache).Should().BeTrue("the embeddings are kept for the next run");
    }

    [Fact]
    public void Suggest_Text_PrintsSectionsWithEvidence()
    {
        var result = CliRunner.Run("suggest", "--text", "KI-Pilot für die Sachbearbeitung", "--method", "CharacterNGrams", "--top", "3");

        result.ExitCode.Should().Be(0, result.Error);
        result.Out.Should().StartWith("\"KI-Pilot für die Sachbearbeitung\": ").And.Contain("\n  Activities:");
        result.Out.Should().Contain("  Similar tasks:\n    1. ").And.Contain("  Competencies:\n    1. ").And.Contain("similar task");
    }

    [Fact]
    public void Suggest_BelowTheConfidentScore_SaysNoConfidentMatchAndMarksTheCandidatesWeak()
    {
        // The sample has no activities, so the first similar task is judged: 0.660 by character n-grams, below the measured threshold.
        var threshold = ConfidentScores.Task(SuggestionMethod.CharacterNGrams);
        threshold.Should().BeGreaterThan(0.66);

        var result = CliRunner.Run("suggest", "--text", "KI-Pilot für die Sachbearbeitung", "--method", "CharacterNGrams", "--top", "2");

        result.ExitCode.Should().Be(0, result.Error);
        var lines = result.Out.Split('\n');
        lines[0].Should().Be(FormattableString.Invariant(
            $"\"KI-Pilot für die Sachbearbeitung\": no confident match (first similar task 0.660, confident from {threshold:0.00}); the suggestions are weak candidates"));
        lines.Should().Contain("    1. 0.660  cdo/ai-pilot  Pilot: AI assistance for case workers  (weak)");
        lines.Where(l => l.Contains("innovation-scouting", StringComparison.Ordinal)).Should().ContainSingle()
            .Which.Should().NotContain("(weak)", "competency scores have no measured threshold");
    }

    [Fact]
    public void Suggest_AtTheConfidentScore_SaysConfidentMatch()
    {
        // A sample task's title in both its languages (what the lexical model indexes) scores 1 against it.
        var result = CliRunner.Run("suggest", "--text", Bilingual, "--method", "CharacterNGrams", "--top", "1");

        result.ExitCode.Should().Be(0, result.Error);
        result.Out.Should().StartWith(FormattableString.Invariant(
            $"\"{Bilingual}\": confident match (first similar task 1.000, confident from {ConfidentScores.Task(SuggestionMethod.CharacterNGrams):0.00})\n"));
        result.Out.Should().Contain("    1. 1.000  cdo/ai-pilot  Pilot: AI assistance for case workers\n");
    }

    [Fact]
    public void Suggest_InGerman_SaysItInGermanWithDecimalCommas()
    {
        var result = CliRunner.Run("suggest", "--text", "KI-Pilot für die Sachbearbeitung", "--method", "CharacterNGrams", "--top", "1", "--lang", "de");

        result.ExitCode.Should().Be(0, result.Error);
        var threshold = ConfidentScores.Task(SuggestionMethod.CharacterNGrams).ToString("0.00", System.Globalization.CultureInfo.GetCultureInfo("de"));
        result.Out.Should().StartWith($"\"KI-Pilot für die Sachbearbeitung\": kein sicherer Treffer (erste ähnliche Aufgabe 0,660, sicher ab {threshold}); die Vorschläge sind nur schwache Kandidaten\n");
        result.Out.Should().Contain("    1. 0,660  cdo/ai-pilot  ").And.Contain("(schwach)");
    }

    [Fact]
    public void Suggest_Json_SaysWhetherConfidentAndWhichSuggestionsAreWeak()
    {
        var weak = JsonDocument.Parse(CliRunner.Run("suggest", "--text", "KI-Pilot für die Sachbearbeitung", "--method", "CharacterNGrams", "--top", "2", "--format", "json").Out).RootElement;
        var strong = JsonDocument.Parse(CliRunner.Run("suggest", "--text", Bilingual, "--method", "CharacterNGrams", "--top", "2", "--format", "json").Out).RootElement;

        weak.GetProperty("confident").GetBoolean().Should().BeFalse();
        weak.GetProperty("comparedBy").GetString().Should().Be("CharacterNGrams");
        weak.GetProperty("tasks").EnumerateArray().Select(t => t.GetProperty("weak").GetBoolean()).Should().Equal(true, true);
        strong.GetProperty("confident").GetBoolean().Should().BeTrue();
        strong.GetProperty("tasks")[0].GetProperty("weak").GetBoolean().Should().BeFalse();
        strong.GetProperty("competencies").EnumerateArray().Select(c => c.TryGetProperty("weak", out _)).Should().OnlyContain(has => !has, "competencies have no measured threshold");
    }

    [Fact]
    public void Accuracy_Confident_IsTheLowestThresholdWhoseWilsonLowerBoundReachesNinetyPercent()
    {
        // Scores 0.9 (40 right), 0.7 (60 right, 2 wrong), 0.5 (10 right, 30 wrong).
        var first = Enumerable.Repeat((0.9, true), 40).Concat(Enumerable.Repeat((0.7, true), 60)).Concat(Enumerable.Repeat((0.7, false), 2))
            .Concat(Enumerable.Repeat((0.5, true), 10)).Concat(Enumerable.Repeat((0.5, false), 30)).ToList();

        // At >= 0.5: 110 of 142 right (77 %); at >= 0.7: 100 of 102 (98 %, Wilson lower bound 93.1 %); at >= 0.9: 40 of 40.
        Accuracy.Confident(first, [0.5, 0.7, 0.9]).Should().Be(0.7);
        Accuracy.WilsonLower(100, 102).Should().BeApproximately(0.9313, 0.0005);
        Accuracy.WilsonLower(9, 10).Should().BeApproximately(0.5958, 0.0005, "the textbook value for 9 of 10");
        Accuracy.WilsonLower(0, 0).Should().Be(0);
        // 40 of 40 is 100 %, yet its lower bound (91.2 %) only just passes; 10 of 10 (72.2 %) would not.
        Accuracy.Confident([.. Enumerable.Repeat((0.9, true), 10)], [0.9]).Should().Be(double.NaN);
        Accuracy.Confident(first, [0.95]).Should().Be(double.NaN);
    }

    [Fact]
    public void Suggest_SameInput_GivesTheSameOutput()
    {
        var first = CliRunner.Run("suggest", "--text", "Digitalstrategie fortschreiben", "--method", "Words", "--format", "json");
        var second = CliRunner.Run("suggest", "--text", "Digitalstrategie fortschreiben", "--method", "Words", "--format", "json");

        first.ExitCode.Should().Be(0, first.Error);
        second.Out.Should().Be(first.Out);
    }

    [Theory]
    [InlineData(new[] { "suggest" }, "Give exactly one of --text, --texts and --evaluate.")]
    [InlineData(new[] { "suggest", "--text", "a", "--texts", "b" }, "Give exactly one of --text, --texts and --evaluate.")]
    [InlineData(new[] { "suggest", "--text", "a", "--top", "0" }, "'0' is not valid for --top; expected a whole number from 1 to 2,147,483,647.")]
    [InlineData(new[] { "suggest", "--text", "  " }, "--text: the text is blank.")]
    [InlineData(new[] { "suggest", "--texts", "/nonexistent/texts.txt" }, "The texts file '/nonexistent/texts.txt' does not exist.")]
    [InlineData(new[] { "suggest", "--evaluate", "/nonexistent/onet" }, "The O*NET release folder '/nonexistent/onet' does not exist.")]
    [InlineData(new[] { "suggest", "--text", "a", "--method", "Magic" }, "Magic")]
    public void Suggest_WrongUsage_ExitsWithTwo(string[] args, string message)
    {
        var result = CliRunner.Run(args);

        result.ExitCode.Should().Be(2);
        result.Error.Should().Contain(message);
    }

    [Fact]
    public void Suggest_BlankLineInTexts_IsAUsageErrorWithItsLine()
    {
        using var texts = new TemporaryFile("Plan budgets\n\nReview contracts\n"u8.ToArray(), "texts.txt");

        var result = CliRunner.Run("suggest", "--texts", texts.Path, "--method", "Words");

        result.ExitCode.Should().Be(2);
        result.Error.Should().Contain($"{texts.Path}(2): the text is blank.");
    }

    [Fact]
    public void Suggest_InvalidDocument_ExitsWithOneAndALocatedMessage()
    {
        using var document = new TemporaryFile("""{"schemaVersion": "1.0", "roles": 5}"""u8.ToArray());

        var result = CliRunner.Run("suggest", document.Path, "--text", "Plan budgets", "--method", "Words");

        result.ExitCode.Should().Be(1);
        result.Error.Should().Contain("$.roles").And.Contain("is not a valid RoleModel document");
    }

    [Fact]
    public void Suggest_DocumentWithoutTasks_ExitsWithOne()
    {
        using var document = new TemporaryFile("""{"schemaVersion": "1.0"}"""u8.ToArray());

        var result = CliRunner.Run("suggest", document.Path, "--text", "Plan budgets", "--method", "Words");

        result.ExitCode.Should().Be(1);
        result.Error.Should().Contain("has no tasks to compare with");
    }

    [Fact]
    public void Accuracy_TopK_CountsQueriesWithARightAnswerAmongTheFirstK()
    {
        IReadOnlyList<IReadOnlyList<string>> ranked = [["a", "b"], ["c", "a"], ["x", "y"], [], ["d"]];
        IReadOnlyList<IReadOnlySet<string>> right = [new HashSet<string> { "a" }, new HashSet<string> { "a" }, new HashSet<string> { "z" },
            new HashSet<string> { "a" }, new HashSet<string> { "d", "e" }];

        Accuracy.TopK(ranked, right, 1).Should().Be(2 / 5.0);   // queries 1 and 5
        Accuracy.TopK(ranked, right, 2).Should().Be(3 / 5.0);   // and query 2
        FluentActions.Invoking(() => Accuracy.TopK(ranked, right.Take(2).ToList(), 1)).Should().Throw<ArgumentException>();
    }

    [Fact]
    public void HeldOut_SplitsDeterministicallyIntoTenths()
    {
        var keys = Enumerable.Range(0, 2_000).Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToList();

        var shares = Enumerable.Range(0, HeldOut.Buckets).Select(b => keys.Count(k => HeldOut.IsIn(k, b))).ToList();

        shares.Sum().Should().Be(2_000, "every key is in exactly one bucket");
        shares.Should().OnlyContain(s => s > 150 && s < 250);
        HeldOut.IsIn("20461", 0).Should().Be(HeldOut.IsIn("20461", 0));
    }

    [Fact]
    public void Suggest_EvaluateSmallRelease_ReportsTheHandCheckedFigures()
    {
        // Task IDs 15 and 22 are the only ones in held-out bucket 0 (SHA-256 first byte mod 10); neither occupation is.
        using var release = new TemporaryFile("O*NET-SOC Code\tTitle\tDescription\n11-1011.00\tChief Executives\tLead.\n11-2011.00\tAdvertising Managers\tPlan.\n"u8.ToArray(),
            "Occupation Data.tsv");
        void Write(string name, params string[] lines) => File.WriteAllLines(Path.Combine(release.Folder, name), lines);
        Write("Job Zones.tsv", "O*NET-SOC Code\tTitle\tJob Zone", "11-1011.00\tChief Executives\t5", "11-2011.00\tAdvertising Managers\t4");
        Write("Skills.tsv", "O*NET-SOC Code\tTitle\tElement ID\tElement Name\tScale ID\tScale Name\tData Value",
            "11-1011.00\tChief Executives\t2.A.1.a\tReading\tIM\tImportance\t4");
        Write("Knowledge.tsv", "O*NET-SOC Code\tTitle\tElement ID\tElement Name\tScale ID\tScale Name\tData Value",
            "11-2011.00\tAdvertising Managers\t2.C.1.a\tAdministration\tIM\tImportance\t4");
        Write("Task Statements.tsv", "O*NET-SOC Code\tTitle\tTask ID\tTask",
            "11-1011.00\tChief Executives\t1\tPrepare annual budgets for the organization.",
            "11-1011.00\tChief Executives\t2\tReview financial statements.",
            "11-1011.00\tChief Executives\t15\tPrepare budgets for the next fiscal year.",
            "11-2011.00\tAdvertising Managers\t3\tDevelop advertising campaigns.",
            "11-2011.00\tAdvertising Managers\t4\tPrepare budgets for advertising campaigns.",
            "11-2011.00\tAdvertising Managers\t22\tPlan advertising campaigns for products.");
        Write("IWA Reference.tsv", "Element ID\tElement Name\tIWA ID\tIWA Title", "4.A.1\tWork\t4.A.1.I01\tManage resources.");
        Write("DWA Reference.tsv", "Element ID\tElement Name\tIWA ID\tIWA Title\tDWA ID\tDWA Title",
            "4.A.1\tWork\t4.A.1.I01\tManage resources.\t4.A.1.I01.D01\tPrepare budgets.",
            "4.A.1\tWork\t4.A.1.I01\tManage resources.\t4.A.1.I01.D02\tAnalyze financial records.",
            "4.A.1\tWork\t4.A.1.I01\tManage resources.\t4.A.1.I01.D03\tDevelop marketing plans.");
        Write("Tasks to DWAs.tsv", "O*NET-SOC Code\tTitle\tTask ID\tTask\tDWA ID\tDWA Title",
            "11-1011.00\tx\t1\tx\t4.A.1.I01.D01\tx", "11-1011.00\tx\t2\tx\t4.A.1.I01.D02\tx", "11-1011.00\tx\t15\tx\t4.A.1.I01.D01\tx",
            "11-2011.00\tx\t3\tx\t4.A.1.I01.D03\tx", "11-2011.00\tx\t4\tx\t4.A.1.I01.D01\tx", "11-2011.00\tx\t22\tx\t4.A.1.I01.D03\tx");
        Write("Emerging Tasks.tsv", "O*NET-SOC Code\tTitle\tTask\tCategory\tOriginal Task ID\tOriginal Task\tDate\tDomain Source",
            "11-1011.00\tChief Executives\tReview and sign financial statements.\tRevision\t2\tReview financial statements.\t08/2024\tIncumbent");

        var result = CliRunner.Run("suggest", "--evaluate", release.Folder, "--embedding-cache", cache);

        result.ExitCode.Should().Be(0, result.Error);
        var lines = result.Out.Split('\n').Select(l => l.TrimEnd()).ToList();
        lines[0].Should().StartWith("O*NET tasks: 6, with DWAs: 6; held-out bucket 0 of 10");
        var byTask = lines.IndexOf("  held out by task: 2 queries, index of 4 tasks");
        byTask.Should().BePositive(result.Out);
        lines.Skip(byTask + 1).Where(l => l.Contains("top-1", StringComparison.Ordinal)).Take(6).Should().OnlyContain(l => l.EndsWith("top-1 100.0 %   top-5 100.0 %", StringComparison.Ordinal), "each held-out task's nearest tasks share its DWA");
        lines.Should().Contain(l => l.StartsWith("    combined + classifier ", StringComparison.Ordinal), "the classifier without the re-ranker (session 8's default) is measured");
        lines.Should().Contain(l => l.StartsWith("    combined + classifier + re-rank ", StringComparison.Ordinal), "the default, with the re-ranker, is measured beside today's methods");
        lines.Should().Contain("  held out by occupation: 0 queries, index of 6 tasks");
        var revisions = lines.FindIndex(l => l.StartsWith("Similar tasks: 1 revision emerging tasks", StringComparison.Ordinal));
        lines.Skip(revisions + 1).Take(6).Should().OnlyContain(l => l.EndsWith("top-5 100.0 %", StringComparison.Ordinal));
        result.Out.Should().Contain("Speed (combined + classifier + re-rank, all 6 tasks");
    }
}
