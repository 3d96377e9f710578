using System.Diagnostics;

namespace RoleModel.Cli.Tests;

/// <summary>The tool as a real process: exit codes and streams as a shell or pipeline sees them.</summary>
public sealed class ProcessTests
{
    private static readonly string Tool = Path.Combine(AppContext.BaseDirectory, "RoleModel.Cli.dll");

    [Fact]
    public void Validate_Sample_ExitsWith0()
    {
        var result = RunProcess("validate", Path.Combine(RepositoryPaths.Samples, "municipal.json"));

        result.ExitCode.Should().Be(0);
        result.Out.Should().Contain("valid");
    }

    [Fact]
    public void Validate_InvalidDocument_ExitsWith1()
    {
        var result = RunProcess("validate", Path.Combine(RepositoryPaths.Samples, "invalid", "syntax.json"));

        result.ExitCode.Should().Be(1);
        result.Out.Should().Contain("error RM001");
    }

    [Fact]
    public void Validate_MissingFile_ExitsWith2WithOneLineAndNoStackTrace()
    {
        var result = RunProcess("validate", "missing.json");

        result.ExitCode.Should().Be(2);
        result.Error.Trim().Split('\n').Should().ContainSingle().Which.Should().StartWith("rolemodel: error:");
    }

    [Fact]
    public void Run_UnknownCommand_ExitsWith2()
    {
        var result = RunProcess("frobnicate");

        result.ExitCode.Should().Be(2);
        result.Error.Should().NotContain("   at ");
        result.Error.Should().StartWith("rolemodel: error: 'frobnicate' is not a rolemodel command; commands: validate, find,")
            .And.NotContain("Required command was not provided");
    }

    [Fact]
    public void Validate_WithoutFile_ExitsWith2()
    {
        var result = RunProcess("validate");

        result.ExitCode.Should().Be(2);
        result.Out.Should().BeEmpty();
    }

    [Fact]
    public void Append_RefusedChange_ExitsWith1AndLeavesTheFileByteForByte()
    {
        var original = File.ReadAllBytes(Path.Combine(RepositoryPaths.Samples, "municipal.json"));
        using var document = new TemporaryFile(original, "roles.json");
        var change = Path.Combine(document.Folder, "change.json");
        File.WriteAllText(change, """{ "kind": "taskRetired", "effective": "2026-02-01", "author": "hr-office", "task": "no-such-task" }""");

        var result = RunProcess("append", document.Path, "--role", "cdo", "--change", change, "--recorded-at", "2026-02-01T08:00:00Z");

        result.ExitCode.Should().Be(1);
        result.Error.Should().Contain("change.json: error").And.Contain("no-such-task").And.Contain("roles.json is unchanged");
        File.ReadAllBytes(document.Path).Should().Equal(original);
        Directory.GetFiles(document.Folder).Select(Path.GetFileName).Should().BeEquivalentTo(["roles.json", "change.json", ".roles.json.lock"], "no temporary file is left behind, only the document's lock file");
    }

    [Fact]
    public void Append_ChangeOnStandardInput_ExitsWith0AndRecordsIt()
    {
        using var document = new TemporaryFile(File.ReadAllBytes(Path.Combine(RepositoryPaths.Samples, "municipal.json")), "roles.json");
        var before = RoleModel.Serialization.RoleModelJson.Read(File.ReadAllBytes(document.Path)).Catalogue!.FindHistory("cdo")!.Changes.Length;
        var change = """{ "kind": "taskRetired", "effective": "2026-02-01", "author": "hr-office", "task": "innovation-radar" }""";

        var result = RunProcessWithInput(change, "append", document.Path, "--role", "cdo", "--change", "-", "--recorded-at", "2026-02-01T08:00:00Z");

        result.ExitCode.Should().Be(0, result.Error);
        var history = RoleModel.Serialization.RoleModelJson.Read(File.ReadAllBytes(document.Path)).Catalogue!.FindHistory("cdo")!;
        history.Changes.Should().HaveCount(before + 1);
        history.Changes[^1].TaskId.Should().Be("innovation-radar");
        result.Out.Should().Contain(history.Changes[^1].Id);
    }

    [Fact]
    public void Import_FailingRun_LeavesTheExistingOutputFileUntouched()
    {
        using var existing = new TemporaryFile("precious"u8.ToArray(), "out.json");
        var broken = Directory.CreateDirectory(Path.Combine(existing.Folder, "broken")).FullName;

        var result = RunProcess("import", "esco", broken, "--out", existing.Path);

        result.ExitCode.Should().Be(1);
        File.ReadAllText(existing.Path).Should().Be("precious");
        Directory.GetFiles(existing.Folder).Should().ContainSingle();
    }

    [Fact]
    public void Export_SucceedingRun_ReplacesTheOutputFileWhole()
    {
        using var existing = new TemporaryFile("old"u8.ToArray(), "case.json");

        var result = RunProcess("export", "case", "--framework", "municipal-digital", "--out", existing.Path);

        result.ExitCode.Should().Be(0, result.Error);
        using var package = System.Text.Json.JsonDocument.Parse(File.ReadAllBytes(existing.Path));
        package.RootElement.GetProperty("CFDocument").ValueKind.Should().Be(System.Text.Json.JsonValueKind.Object);
        Directory.GetFiles(existing.Folder).Should().ContainSingle();
    }

    [Fact]
    public void Suggest_WithoutTheModel_FallsBackToCharacterNGramsWithOneLine()
    {
        // The tool's own build, as packed: its dependency file has no model, and no model package is installed beside it.
        var fallback = RunProcess("suggest", "--text", "Pilot: AI assistance for case workers", "--top", "2", "--format", "json");
        var lexical = RunProcess("suggest", "--text", "Pilot: AI assistance for case workers", "--top", "2", "--format", "json", "--method", "CharacterNGrams");

        fallback.ExitCode.Should().Be(0, fallback.Error);
        fallback.Error.TrimEnd().Split('\n').Should().ContainSingle()
            .Which.Should().StartWith("rolemodel: note: texts are compared by character n-grams only: the embedding model is not installed")
            .And.Contain("RoleModel.Cli.Model");
        fallback.Out.Should().Be(lexical.Out).And.Contain("\"role\":\"cdo\",\"id\":\"ai-pilot\"");
        lexical.Error.Should().BeEmpty("asking for character n-grams needs no note");
    }

    [Fact]
    public void SuggestEvaluate_WithoutTheModel_ExitsWith1NamingThePackage()
    {
        var result = RunProcess("suggest", "--evaluate", RepositoryPaths.Samples);

        result.ExitCode.Should().Be(1);
        result.Error.Trim().Split('\n').Should().ContainSingle()
            .Which.Should().Be("rolemodel: error: --evaluate compares every method, the embeddings too: the embedding model is not installed; to add it, "
                + "install the tool package RoleModel.Cli.Model beside rolemodel (docs/cli.md, \"Install the tool\").");
    }

    internal static CliResult RunProcess(params string[] args) => RunProcessWithInput(null, args);

    internal static CliResult RunProcessWithInput(string? input, params string[] args) => RunProcessIn("en_US.UTF-8", input, args);

    /// <summary>Runs the tool as a process whose user's language is <paramref name="lang"/> (LANG; LC_ALL and LC_MESSAGES unset).</summary>
    internal static CliResult RunProcessIn(string lang, string? input, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Tool);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["NO_COLOR"] = "1";
        start.Environment["LANG"] = lang;
        start.Environment.Remove("LC_ALL");
        start.Environment.Remove("LC_MESSAGES");
        using var process = Process.Start(start)!;
        if (input is not null)
        {
            process.StandardInput.Write(input);
        }

        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(1)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"rolemodel {string.Join(' ', args)} did not end within a minute.");
        }

        return new CliResult(process.ExitCode, output.Result, error.Result);
    }
}
