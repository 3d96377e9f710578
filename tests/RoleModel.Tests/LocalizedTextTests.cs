using System.Globalization;
using FsCheck;
using FsCheck.Xunit;
using RoleModel.Tests.Infrastructure;

namespace RoleModel.Tests;

public sealed class LocalizedTextTests
{
    private static readonly LocalizedText Title = new([new("de", "Digitalisierungsbeauftragte"), new("en", "Digitalisation officer"), new("", "Digitalisation")]);

    [Theory]
    [InlineData("de-CH", "Digitalisierungsbeauftragte")]
    [InlineData("de", "Digitalisierungsbeauftragte")]
    [InlineData("en-GB", "Digitalisation officer")]
    [InlineData("fr-FR", "Digitalisation")]
    [InlineData("", "Digitalisation")]
    public void Get_FallsBackFromExactToParentToInvariant(string culture, string expected) =>
        Title.Get(CultureInfo.GetCultureInfo(culture)).Should().Be(expected);

    [Fact]
    public void Get_WithExactAndParentEntries_PrefersExact() =>
        new LocalizedText([new("de", "Stelle"), new("de-CH", "Stellé")]).Get(CultureInfo.GetCultureInfo("de-CH")).Should().Be("Stellé");

    [Fact]
    public void Get_WithCultureNameInOtherCase_FindsEntry() =>
        new LocalizedText([new("", "x"), new("DE-ch", "Schweiz")]).Get(CultureInfo.GetCultureInfo("de-CH")).Should().Be("Schweiz");

    [Fact]
    public void Get_WithoutInvariantEntry_FallsBackToFirstEntry() =>
        new LocalizedText([new("fr", "Délégué"), new("en", "Officer")]).Get(CultureInfo.GetCultureInfo("de")).Should().Be("Délégué");

    [Fact]
    public void Get_OnEmptyText_ReturnsNull() => LocalizedText.Empty.Get(CultureInfo.InvariantCulture).Should().BeNull();

    [Fact]
    public void Get_WithNullCulture_Throws() =>
        FluentActions.Invoking(() => Title.Get(null!)).Should().Throw<ArgumentNullException>().WithParameterName("culture");

    [Fact]
    public void TryGetExact_WithParentOnly_DoesNotFallBack()
    {
        Title.TryGetExact("en-GB", out var text).Should().BeFalse();
        text.Should().BeEmpty();
        Title.TryGetExact("EN", out var english).Should().BeTrue();
        english.Should().Be("Digitalisation officer");
    }

    [Fact]
    public void ToString_PrefersInvariantThenFirstThenEmpty()
    {
        Title.ToString().Should().Be("Digitalisation");
        LocalizedText.Of("fr", "Délégué").ToString().Should().Be("Délégué");
        LocalizedText.Empty.ToString().Should().BeEmpty();
    }

    [Fact]
    public void Factories_KeepCultureAndText()
    {
        LocalizedText.Of("en", "x").Entries.Should().ContainSingle().Which.Should().Be(new KeyValuePair<string, string>("en", "x"));
        LocalizedText.Invariant("y").Entries.Should().ContainSingle().Which.Should().Be(new KeyValuePair<string, string>("", "y"));
        LocalizedText.Empty.IsEmpty.Should().BeTrue();
        LocalizedText.Invariant("y").IsEmpty.Should().BeFalse();
    }

    [Fact]
    public void OneEntryText_FromOfOrFromTheConstructor_BehavesTheSame()
    {
        // Of keeps its one entry without an array until Entries is asked for; nothing else may tell the two apart.
        var of = LocalizedText.Of("de", "Leitung");
        var built = new LocalizedText([new("DE", "Leitung")]);

        of.Should().Be(built);
        of.GetHashCode().Should().Be(built.GetHashCode());
        of.IsEmpty.Should().BeFalse();
        of.Get(new CultureInfo("de-CH")).Should().Be("Leitung");
        of.Get(CultureInfo.InvariantCulture).Should().Be("Leitung", "the first entry is the last fallback");
        of.TryGetExact("De", out var text).Should().BeTrue();
        text.Should().Be("Leitung");
        of.ToString().Should().Be("Leitung");
        of.Entries.Should().ContainSingle().Which.Should().Be(new KeyValuePair<string, string>("de", "Leitung"));
        of.Entries.SequenceEqual(of.Entries).Should().BeTrue("asking again gives the same entries");
        of.Should().NotBe(LocalizedText.Of("de", "Leitung "));
        of.Should().NotBe(LocalizedText.Empty);
    }

    [Fact]
    public void Constructor_WithRepeatedCultureIgnoringCase_Throws() =>
        FluentActions.Invoking(() => new LocalizedText([new("de", "a"), new("DE", "b")]))
            .Should().Throw<ArgumentException>().WithMessage("*culture 'DE' must not occur twice*").WithParameterName("entries");

    [Fact]
    public void Constructor_WithNullEntries_Throws() =>
        FluentActions.Invoking(() => new LocalizedText(null!)).Should().Throw<ArgumentNullException>().WithMessage("The entries must not be null.*");

    [Fact]
    public void Constructor_WithNullCulture_Throws() =>
        FluentActions.Invoking(() => new LocalizedText([new(null!, "a")])).Should().Throw<ArgumentNullException>().WithMessage("The culture must not be null.*");

    [Fact]
    public void Constructor_WithNullText_Throws() =>
        FluentActions.Invoking(() => LocalizedText.Of("de", null!)).Should().Throw<ArgumentNullException>().WithMessage("The text must not be null.*");

    [Fact]
    public void Equals_FollowsContract_AndEachEntryMatters() =>
        EqualityAssert.Contract(
            Title,
            new LocalizedText([new("DE", "Digitalisierungsbeauftragte"), new("en", "Digitalisation officer"), new("", "Digitalisation")]),
            new LocalizedText([new("de", "Digitalisierungsbeauftragte"), new("en", "Digitalisation officer")]),
            new LocalizedText([new("de", "digitalisierungsbeauftragte"), new("en", "Digitalisation officer"), new("", "Digitalisation")]),
            new LocalizedText([new("de-AT", "Digitalisierungsbeauftragte"), new("en", "Digitalisation officer"), new("", "Digitalisation")]),
            new LocalizedText([new("en", "Digitalisation officer"), new("de", "Digitalisierungsbeauftragte"), new("", "Digitalisation")]),
            LocalizedText.Empty);

    private static readonly string[] Cultures = ["", "de", "de-CH", "en", "fr-FR"];

    [Property]
    public void Equals_ForGeneratedEntries_AgreesWithHashAndIgnoresCultureCase(NonEmptyArray<NonNull<string>> texts, NonNull<string> other)
    {
        var values = texts.Get.Take(Cultures.Length).Select(t => t.Get).ToArray();
        var text = new LocalizedText(values.Select((v, i) => new KeyValuePair<string, string>(Cultures[i], v)));
        var upper = new LocalizedText(values.Select((v, i) => new KeyValuePair<string, string>(Cultures[i].ToUpperInvariant(), v)));
        var changed = new LocalizedText(values.Select((v, i) => new KeyValuePair<string, string>(Cultures[i], i == 0 ? other.Get : v)));

        text.Should().Be(upper);
        text.GetHashCode().Should().Be(upper.GetHashCode());
        text.Equals(changed).Should().Be(string.Equals(values[0], other.Get, StringComparison.Ordinal));
    }
}
