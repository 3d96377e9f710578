using RoleModel.Analysis;

namespace RoleModel.Tests.Analysis;

public class ScaleMappingTests
{
    private static Dictionary<string, string> Levels(params (string From, string To)[] pairs) =>
        pairs.ToDictionary(p => p.From, p => p.To);

    [Fact]
    public void Map_DeclaredLevel_ReturnsTarget()
    {
        var mapping = new ScaleMapping("sfia", "e-cf", Levels(("5", "e-4")));

        mapping.Map("5").Should().Be("e-4");
        mapping.Map("4").Should().BeNull();
    }

    [Fact]
    public void Levels_OrderedBySourceCode()
    {
        new ScaleMapping("sfia", "e-cf", Levels(("5", "e-4"), ("3", "e-2"))).Levels.Keys.Should().Equal("3", "5");
    }

    [Fact]
    public void Equals_SameCorrespondencesInOtherOrder_Equal()
    {
        var a = new ScaleMapping("sfia", "e-cf", Levels(("5", "e-4"), ("3", "e-2")));
        var b = new ScaleMapping("sfia", "e-cf", Levels(("3", "e-2"), ("5", "e-4")));

        a.Should().Be(b);
        a.GetHashCode().Should().Be(b.GetHashCode());
    }

    [Fact]
    public void Equals_OtherTargetOrDirection_NotEqual()
    {
        var a = new ScaleMapping("sfia", "e-cf", Levels(("5", "e-4")));

        a.Should().NotBe(new ScaleMapping("sfia", "e-cf", Levels(("5", "e-5"))));
        a.Should().NotBe(new ScaleMapping("e-cf", "sfia", Levels(("5", "e-4"))));
        a.Equals(null).Should().BeFalse();
    }

    [Fact]
    public void Constructor_SameScale_Throws()
    {
        FluentActions.Invoking(() => new ScaleMapping("sfia", "sfia", Levels(("5", "5"))))
            .Should().Throw<ArgumentException>().WithMessage("A scale mapping must connect two different scales.*");
    }

    [Fact]
    public void Constructor_NoCorrespondence_Throws()
    {
        FluentActions.Invoking(() => new ScaleMapping("sfia", "e-cf", Levels()))
            .Should().Throw<ArgumentException>().WithMessage("A scale mapping must declare at least one level correspondence.*");
    }

    [Fact]
    public void Constructor_NullOrBlank_Throws()
    {
        FluentActions.Invoking(() => new ScaleMapping(null!, "e-cf", Levels(("5", "e-4")))).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => new ScaleMapping("sfia", "e-cf", null!)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => new ScaleMapping("sfia", "e-cf", Levels(("5", " ")))).Should().Throw<ArgumentException>();
    }

    [Fact]
    public void ToString_ShowsDirection()
    {
        new ScaleMapping("sfia", "e-cf", Levels(("5", "e-4"))).ToString().Should().Be("sfia -> e-cf");
    }
}
