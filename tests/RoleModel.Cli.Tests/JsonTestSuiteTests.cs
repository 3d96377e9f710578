namespace RoleModel.Cli.Tests;

/// <summary>The public JSONTestSuite corpus through the tool: never a crash, never a stack trace, every n_ file refused.</summary>
public sealed class JsonTestSuiteTests
{
    private static readonly string Folder = Path.Combine(RepositoryPaths.SharedData, "json-test-suite", "test_parsing");

    [SharedDataFact("json-test-suite/test_parsing")]
    public void Validate_EveryFileOfTheCorpus_EndsWithAPlainVerdict()
    {
        var files = Directory.GetFiles(Folder, "*.json");
        files.Should().HaveCountGreaterThan(300);

        foreach (var file in files)
        {
            var result = CliRunner.Run("validate", file);

            result.ExitCode.Should().BeOneOf([0, 1], "{0} is a readable file", file);
            result.Error.Should().BeEmpty("{0} must not fail the tool itself", file);
            result.Out.Should().NotContain("   at ", "{0} must not print a stack trace", file);
            if (Path.GetFileName(file).StartsWith("n_", StringComparison.Ordinal))
            {
                result.ExitCode.Should().Be(1, "{0} is not JSON", file);
            }
        }
    }
}
