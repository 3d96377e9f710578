namespace RoleModel.Cli.Tests;

/// <summary>Documents that try to make the tool read files it was not given (issue #21): refused, and nothing of the files shown.</summary>
public sealed class HostileImportTests
{
    [Theory]
    [InlineData("/etc/shadow", "is an absolute path")]
    [InlineData("/proc/self/environ", "is an absolute path")]
    [InlineData("../../secret/config.json", "leads outside the importing document's folder")]
    [InlineData("secret-link/config.json", "passes through a symbolic link that leads outside")]
    [InlineData("a{NUL}b", "holds the character U+0000, which a path cannot hold")]
    public void Validate_HostileHref_IsRM113NamingTheRuleAndShowsNothingOfTheFile(string href, string rule)
    {
        using var secret = new TemporaryFile("""{"ConnectionStrings": {"Main": "Password=hunter2"}, "apiKey": "s3cr3t"}"""u8.ToArray(), "config.json");
        using var document = new TemporaryFile([], "roles.json");
        var town = Directory.CreateDirectory(Path.Combine(document.Folder, "a", "b")).FullName;
        Directory.CreateSymbolicLink(Path.Combine(town, "secret-link"), secret.Folder);
        Directory.CreateDirectory(Path.Combine(document.Folder, "secret"));
        File.Copy(secret.Path, Path.Combine(document.Folder, "secret", "config.json"));
        var path = Path.Combine(town, "roles.json");
        var escaped = href.Replace("{NUL}", "\\u0000", StringComparison.Ordinal);
        File.WriteAllText(path, $$"""{"schemaVersion":"1.1","imports":[{"catalogue":"a","version":"1","href":"{{escaped}}"}]}""");

        var result = CliRunner.Run("validate", path);

        result.ExitCode.Should().Be(1, result.Error);
        result.Error.Should().BeEmpty();
        result.Out.Should().Contain("error RM113").And.Contain(rule).And.Contain("($.imports[0].href)").And.Contain("roles.json: invalid");
        result.Out.Should().NotContainAny("ConnectionStrings", "apiKey", "hunter2", "s3cr3t", "root:", "invalid start");
    }

    [Fact]
    public void Validate_ImportOfAFileThatIsNotADocument_SaysSoInOneProblem()
    {
        using var document = new TemporaryFile("""{"ConnectionStrings": {"Main": "Password=hunter2"}, "apiKey": "s3cr3t"}"""u8.ToArray(), "appsettings.json");
        var path = Path.Combine(document.Folder, "roles.json");
        File.WriteAllText(path, """{"schemaVersion":"1.1","imports":[{"catalogue":"a","version":"1","href":"appsettings.json"}]}""");

        var result = CliRunner.Run("validate", path);

        result.Out.Should().Contain("is not a RoleModel document (it is not a JSON object with a 'schemaVersion'); its content is not shown. ($.imports[0].href)");
        result.Out.Should().NotContainAny("ConnectionStrings", "apiKey", "hunter2", "s3cr3t", "appsettings.json: invalid");
    }

    [Fact]
    public void Validate_ManyFilesOneWithANulHrefOneMissing_GivesEveryFileItsVerdict()
    {
        using var document = new TemporaryFile("""{"schemaVersion":"1.1","imports":[{"catalogue":"a","version":"1","href":"a\u0000b"}]}"""u8.ToArray(), "nul.json");
        var sample = Path.Combine(RepositoryPaths.Samples, "municipal.json");
        var syntax = Path.Combine(RepositoryPaths.Samples, "invalid", "syntax.json");
        var missing = Path.Combine(document.Folder, "missing.json");

        var result = CliRunner.Run("validate", sample, document.Path, missing, syntax);

        result.Out.Should().Contain($"{sample}: valid").And.Contain($"{document.Path}: invalid").And.Contain($"{missing}: not read").And.Contain($"{syntax}: invalid");
        result.Error.Should().Be($"rolemodel: error: the file '{missing}' does not exist.{Environment.NewLine}");
        result.ExitCode.Should().Be(2, "a file that is not there is a usage error, after every other file got its verdict");
    }

    [Fact]
    public void Validate_ImportCycle_BothDocumentsAreInvalid()
    {
        using var b = new TemporaryFile("""{"schemaVersion":"1.1","id":"b","version":"1","issued":"2026-01-01","imports":[{"catalogue":"c","version":"1","href":"c.json"}]}"""u8.ToArray(), "b.json");
        File.WriteAllText(Path.Combine(b.Folder, "c.json"), """{"schemaVersion":"1.1","id":"c","version":"1","issued":"2026-01-01","imports":[{"catalogue":"b","version":"1","href":"b.json"}]}""");

        var result = CliRunner.Run("validate", b.Path);

        result.ExitCode.Should().Be(1);
        result.Out.Should().Contain("b.json: invalid").And.Contain("c.json: invalid").And.NotContain(": valid");
        result.Out.Should().Contain("error RM115: Importing catalogue 'c' here forms a cycle: b → c → b.").And.Contain("error RM115: Importing catalogue 'b' here forms a cycle: c → b → c.");
    }
}
