using RoleModel.Tests.Infrastructure;

namespace RoleModel.Tests;

public sealed class ConceptMappingTests
{
    private const string EscoUri = "http://data.europa.eu/esco/skill/abc";

    private static ConceptMapping Create(MappingRelation relation = MappingRelation.ExactMatch, string scheme = "esco", string uri = EscoUri, ExtensionData? extensions = null) =>
        new(relation, scheme, uri, extensions);

    [Fact]
    public void Constructor_KeepsMembers()
    {
        var mapping = Create(MappingRelation.CloseMatch, "ecf", "A.1");

        mapping.Relation.Should().Be(MappingRelation.CloseMatch);
        mapping.Scheme.Should().Be("ecf");
        mapping.Uri.Should().Be("A.1");
        mapping.Extensions.Should().Be(ExtensionData.Empty);
        mapping.ToString().Should().Be("CloseMatch ecf:A.1");
    }

    [Fact]
    public void Constructor_WithUndefinedRelation_Throws() =>
        FluentActions.Invoking(() => Create((MappingRelation)99))
            .Should().Throw<ArgumentOutOfRangeException>().WithMessage("The relation must be one of the values defined by MappingRelation.*").WithParameterName("relation");

    [Theory]
    [InlineData("", EscoUri, "scheme")]
    [InlineData("esco", " ", "uri")]
    [InlineData("esco ", EscoUri, "scheme")]
    [InlineData("esco", EscoUri + "\n", "uri")]
    public void Constructor_WithBlankOrPaddedString_Throws(string scheme, string uri, string parameter) =>
        FluentActions.Invoking(() => Create(scheme: scheme, uri: uri))
            .Should().Throw<ArgumentException>().WithMessage($"The {parameter} must not *white space.*").WithParameterName(parameter);

    [Fact]
    public void Constructor_WithNullUri_Throws() =>
        FluentActions.Invoking(() => Create(uri: null!)).Should().Throw<ArgumentNullException>().WithParameterName("uri");

    [Fact]
    public void Equals_FollowsContract_AndEachMemberMatters() =>
        EqualityAssert.Contract(
            Create(),
            Create(),
            Create(relation: MappingRelation.BroadMatch),
            Create(scheme: "onet"),
            Create(uri: EscoUri + "x"),
            Create(extensions: Make.Extensions("x-confidence", "0.9")));
}
