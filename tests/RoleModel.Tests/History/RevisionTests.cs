using RoleModel.History;

namespace RoleModel.Tests.History;

public sealed class RevisionTests
{
    private static readonly LocalizedText A = LocalizedText.Invariant("a");
    private static readonly LocalizedText B = LocalizedText.Invariant("b");

    [Fact]
    public void Constructor_WithoutEitherValue_Throws() =>
        FluentActions.Invoking(() => new Revision<LocalizedText>(null, null))
            .Should().Throw<ArgumentException>().WithMessage("A revision must have a value before or after.*");

    [Fact]
    public void IsAdditionAndIsRemoval_FollowTheMissingSide()
    {
        new Revision<LocalizedText>(null, A).IsAddition.Should().BeTrue();
        new Revision<LocalizedText>(A, null).IsRemoval.Should().BeTrue();
        new Revision<LocalizedText>(A, B).Should().Match<Revision<LocalizedText>>(r => !r.IsAddition && !r.IsRemoval);
    }

    [Fact]
    public void Equals_ComparesBothSides()
    {
        new Revision<LocalizedText>(A, B).Should().Be(new Revision<LocalizedText>(LocalizedText.Invariant("a"), B));
        new Revision<LocalizedText>(A, B).Should().NotBe(new Revision<LocalizedText>(B, A));
        new Revision<LocalizedText>(A, B).GetHashCode().Should().Be(new Revision<LocalizedText>(A, B).GetHashCode());
    }

    [Fact]
    public void ToString_ShowsBothSides() => new Revision<LocalizedText>(null, A).ToString().Should().Be("∅ → a");
}
