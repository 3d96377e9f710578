using FsCheck;
using FsCheck.Xunit;
using RoleModel.Tests.Infrastructure;

namespace RoleModel.Tests;

public sealed class ProficiencyScaleTests
{
    private static ProficiencyScale Create(string id = "rating", string[]? codes = null, string name = "Rating", ExtensionData? extensions = null) =>
        new(id, (codes ?? ["low", "mid", "high"]).Select(c => new ProficiencyLevel(c)), Make.Text(name), extensions);

    [Fact]
    public void FindLevel_ReturnsLevelByCode_OrdinalOnly()
    {
        var scale = Create();

        scale.FindLevel("mid").Should().BeSameAs(scale.Levels[1]);
        scale.FindLevel("MID").Should().BeNull();
        scale.FindLevel("none").Should().BeNull();
    }

    [Fact]
    public void IndexOf_ReturnsRank_OrMinusOne()
    {
        var scale = Create();

        scale.IndexOf("low").Should().Be(0);
        scale.IndexOf("high").Should().Be(2);
        scale.IndexOf("none").Should().Be(-1);
    }

    [Theory]
    [InlineData("low", "high", -1)]
    [InlineData("high", "mid", 1)]
    [InlineData("mid", "mid", 0)]
    public void Compare_OrdersByRank(string left, string right, int expectedSign) =>
        Math.Sign(Create().Compare(left, right)).Should().Be(expectedSign);

    [Theory]
    [InlineData("none", "mid", "left")]
    [InlineData("mid", "none", "right")]
    public void Compare_WithUnknownCode_Throws(string left, string right, string parameter) =>
        FluentActions.Invoking(() => Create().Compare(left, right))
            .Should().Throw<ArgumentException>().WithMessage("The level code 'none' must be a level of scale 'rating'.*").WithParameterName(parameter);

    [Fact]
    public void GetPosition_SpreadsLevelsOverZeroToOne()
    {
        var scale = Create(codes: ["a", "b", "c", "d", "e"]);

        scale.Levels.Select(l => scale.GetPosition(l.Code)).Should().Equal(0.0, 0.25, 0.5, 0.75, 1.0);
    }

    [Fact]
    public void GetPosition_OnOneLevelScale_IsOne() => Create(codes: ["only"]).GetPosition("only").Should().Be(1.0);

    [Fact]
    public void GetPosition_WithUnknownCode_Throws() =>
        FluentActions.Invoking(() => Create().GetPosition("none"))
            .Should().Throw<ArgumentException>().WithMessage("The level code 'none' must be a level of scale 'rating'.*").WithParameterName("code");

    [Fact]
    public void Lookups_WithNullCode_Throw()
    {
        var scale = Create();
        FluentActions.Invoking(() => scale.FindLevel(null!)).Should().Throw<ArgumentNullException>().WithParameterName("code");
        FluentActions.Invoking(() => scale.IndexOf(null!)).Should().Throw<ArgumentNullException>().WithParameterName("code");
    }

    [Fact]
    public void CreateEcfStyle_HasFiveLevelsE1ToE5() =>
        ShapeOf(ProficiencyScale.CreateEcfStyle()).Should().Be(("e-cf", "e-1,e-2,e-3,e-4,e-5"));

    [Fact]
    public void CreateSfiaStyle_HasSevenLevels1To7() =>
        ShapeOf(ProficiencyScale.CreateSfiaStyle()).Should().Be(("sfia", "1,2,3,4,5,6,7"));

    [Fact]
    public void CreateNoviceToExpert_HasFiveLevelsNoviceToExpert() =>
        ShapeOf(ProficiencyScale.CreateNoviceToExpert()).Should().Be(("generic", "novice,advanced-beginner,competent,proficient,expert"));

    [Fact]
    public void Factories_TakeIdentifier_AndCarryLabelsWithoutDescriptions()
    {
        var scales = new[] { ProficiencyScale.CreateEcfStyle("x"), ProficiencyScale.CreateSfiaStyle("x"), ProficiencyScale.CreateNoviceToExpert("x") };

        scales.Should().OnlyContain(s => s.Id == "x" && !s.Name.IsEmpty);
        scales.SelectMany(s => s.Levels).Should().OnlyContain(l => !l.Label.IsEmpty && l.Description.IsEmpty);
    }

    [Fact]
    public void Constructor_WithoutLevels_Throws() =>
        FluentActions.Invoking(() => Create(codes: []))
            .Should().Throw<ArgumentException>().WithMessage("A proficiency scale must have at least one level.*").WithParameterName("levels");

    [Fact]
    public void Constructor_WithRepeatedCode_Throws() =>
        FluentActions.Invoking(() => Create(codes: ["a", "b", "a"]))
            .Should().Throw<ArgumentException>().WithMessage("The level code 'a' must not occur twice in a scale.*").WithParameterName("levels");

    [Fact]
    public void Constructor_WithNullLevel_Throws() =>
        FluentActions.Invoking(() => new ProficiencyScale("s", [new ProficiencyLevel("a"), null!]))
            .Should().Throw<ArgumentException>().WithMessage("The levels must not contain null elements.*").WithParameterName("levels");

    [Fact]
    public void Constructor_WithNullLevels_Throws() =>
        FluentActions.Invoking(() => new ProficiencyScale("s", null!)).Should().Throw<ArgumentNullException>().WithParameterName("levels");

    [Fact]
    public void Constructor_WithPaddedId_Throws() =>
        FluentActions.Invoking(() => Create(id: "rating "))
            .Should().Throw<ArgumentException>().WithMessage("The id must not start or end with white space.*");

    [Fact]
    public void Equals_FollowsContract_AndEachMemberMatters() =>
        EqualityAssert.Contract(
            Create(),
            Create(),
            Create(id: "other"),
            Create(codes: ["low", "high", "mid"]),
            Create(codes: ["low", "mid"]),
            Create(name: "Other"),
            Create(extensions: Make.Extensions("x-source")));

    [Property]
    public bool GetPosition_OrderMatchesLevelOrder(PositiveInt count, NonNegativeInt a, NonNegativeInt b)
    {
        var size = (count.Get % 12) + 1;
        var scale = Create(codes: [.. Enumerable.Range(0, size).Select(i => $"l{i}")]);
        var (left, right) = ($"l{a.Get % size}", $"l{b.Get % size}");

        var byPosition = scale.GetPosition(left).CompareTo(scale.GetPosition(right));
        var inRange = scale.GetPosition(left) is >= 0.0 and <= 1.0;
        return inRange && Math.Sign(byPosition) == Math.Sign(scale.Compare(left, right))
            && Math.Sign(byPosition) == Math.Sign(scale.IndexOf(left) - scale.IndexOf(right));
    }

    private static (string Id, string Codes) ShapeOf(ProficiencyScale scale) => (scale.Id, string.Join(",", scale.Levels.Select(l => l.Code)));
}
