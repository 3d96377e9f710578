using System.Globalization;

namespace RoleModel.Cli.Tests;

/// <summary>
/// Failures that are not about a bad document (a role, person or file the command line names that is not there) are
/// told in the user's language or that of --lang, with German days; English reads as it always did.
/// </summary>
public sealed class FailureLanguageTests
{
    private static readonly CultureInfo German = CultureInfo.GetCultureInfo("de-DE");

    [Theory]
    [InlineData(new[] { "show", "--role", "nobody", "--as-of", "2024-06-30" }, 1, "rolemodel: error: es gibt keine Rolle 'nobody'; Rollen: ")]
    [InlineData(new[] { "gap", "--role", "cdo", "--person", "p-none", "--as-of", "2025-06-30" }, 1, "rolemodel: error: es gibt keine Person 'p-none'; Personen: ")]
    [InlineData(new[] { "drift", "--role", "cdo", "--from", "2026-01-01", "--to", "2022-01-01" }, 2, "rolemodel: error: --to (01.01.2022) darf nicht vor --from (01.01.2026) liegen.")]
    [InlineData(new[] { "show", "--role", "cdo", "--as-of", "2024-06-30", "--with", "/no/such/file.json" }, 2, "rolemodel: error: die mit --with angegebene Datei '/no/such/file.json' gibt es nicht.")]
    public void Failure_ReadsInTheUsersGerman(string[] command, int exitCode, string german)
    {
        var result = CliRunner.RunIn(German, command);

        result.ExitCode.Should().Be(exitCode, result.Error);
        result.Error.Should().StartWith(german);
    }

    [Fact]
    public void Failure_ReadsInTheLanguageOfLang_OverTheUsers()
    {
        var german = CliRunner.Run("diff", "--role", "cdo", "--from", "1990-01-01", "--to", "2024-01-01", "--lang", "de");
        var english = CliRunner.RunIn(German, "diff", "--role", "cdo", "--from", "1990-01-01", "--to", "2024-01-01", "--lang", "en");

        german.ExitCode.Should().Be(1);
        german.Error.Should().MatchRegex("^rolemodel: error: der 01\\.01\\.1990 liegt außerhalb des Verlaufs der Rolle 'cdo', der am [0-9]{2}\\.[0-9]{2}\\.[0-9]{4} beginnt\\.");
        english.Error.Should().MatchRegex("^rolemodel: error: 1990-01-01 is outside the history of role 'cdo', which starts on [0-9]{4}-[0-9]{2}-[0-9]{2}\\.");
    }

    [Fact]
    public void EnglishFailure_ReadsAsBefore()
    {
        var result = CliRunner.Run("show", "--role", "nobody", "--as-of", "2024-06-30");

        result.ExitCode.Should().Be(1);
        result.Error.Should().StartWith("rolemodel: error: there is no role 'nobody'; roles: ");
    }
}
