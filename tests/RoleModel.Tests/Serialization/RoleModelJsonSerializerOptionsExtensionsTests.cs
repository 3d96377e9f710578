using System.Text.Json;
using NodaTime;
using RoleModel.Serialization;

namespace RoleModel.Tests.Serialization;

public sealed class RoleModelJsonSerializerOptionsExtensionsTests
{
    public sealed record Envelope(string Sender, LocalDate Day, Instant Sent, Catalogue Catalogue);

    private static readonly JsonSerializerOptions Options = new JsonSerializerOptions(JsonSerializerDefaults.Web).ConfigureForRoleModel();

    [Fact]
    public void ConfigureForRoleModel_EmbeddedCatalogue_RoundTrips()
    {
        var catalogue = RoleModelJson.Read(File.ReadAllBytes(Path.Combine(TestPaths.Samples, "municipal.json"))).Catalogue!;
        var envelope = new Envelope("hr", new LocalDate(2026, 11, 26), Instant.FromUtc(2026, 11, 26, 9, 30), catalogue);

        var json = JsonSerializer.Serialize(envelope, Options);
        var back = JsonSerializer.Deserialize<Envelope>(json, Options)!;

        back.Catalogue.Should().Be(catalogue);
        back.Day.Should().Be(envelope.Day);
        back.Sent.Should().Be(envelope.Sent);
    }

    [Fact]
    public void ConfigureForRoleModel_NodaTimeValues_UseIsoText()
    {
        var json = JsonSerializer.Serialize(new Envelope("hr", new LocalDate(2026, 11, 26), Instant.FromUtc(2026, 11, 26, 9, 30), Catalogue.Empty), Options);

        json.Should().Be("""{"sender":"hr","day":"2026-11-26","sent":"2026-11-26T09:30:00Z","catalogue":{"schemaVersion":"1.0"}}""");
    }

    [Fact]
    public void ConfigureForRoleModel_InvalidEmbeddedCatalogue_ThrowsJsonExceptionNamingTheProblem()
    {
        var json = """{"sender":"hr","day":"2026-11-26","sent":"2026-11-26T09:30:00Z","catalogue":{"schemaVersion":"1.0","roles":[{"id":"r"}]}}""";

        FluentActions.Invoking(() => JsonSerializer.Deserialize<Envelope>(json, Options))
            .Should().Throw<JsonException>().WithMessage("*The required member 'title' is missing. ($.roles[0].title)*");
    }

    [Theory]
    [InlineData("\"day\":\"2026-02-30\"", "'2026-02-30' is not a valid date; expected a string yyyy-MM-dd.")]
    [InlineData("\"day\":20261126", "A Number is not a valid date; expected a string yyyy-MM-dd.")]
    [InlineData("\"sent\":\"2026-11-26 09:30\"", "'2026-11-26 09:30' is not a valid instant; expected a string yyyy-MM-ddTHH:mm:ssZ*")]
    public void ConfigureForRoleModel_MalformedDateOrInstant_ThrowsJsonExceptionNamingTheValue(string member, string message)
    {
        var json = "{\"sender\":\"hr\",\"day\":\"2026-11-26\",\"sent\":\"2026-11-26T09:30:00Z\",\"catalogue\":{\"schemaVersion\":\"1.0\"}," + member + "}";
        var single = new JsonSerializerOptions(Options) { AllowDuplicateProperties = true };

        FluentActions.Invoking(() => JsonSerializer.Deserialize<Envelope>(json, single)).Should().Throw<JsonException>().WithMessage(message + "*");
    }

    [Fact]
    public void ConfigureForRoleModel_FractionalInstant_ReadsAndWritesTheFraction()
    {
        var sent = Instant.FromUtc(2026, 11, 26, 9, 30).PlusNanoseconds(123_000_000);

        var json = JsonSerializer.Serialize(new Envelope("hr", new LocalDate(2026, 11, 26), sent, Catalogue.Empty), Options);

        json.Should().Contain("\"sent\":\"2026-11-26T09:30:00.123Z\"");
        JsonSerializer.Deserialize<Envelope>(json, Options)!.Sent.Should().Be(sent);
    }

    [Fact]
    public void ConfigureForRoleModel_NullOptions_Throws() =>
        FluentActions.Invoking(() => ((JsonSerializerOptions)null!).ConfigureForRoleModel()).Should().Throw<ArgumentNullException>();
}
