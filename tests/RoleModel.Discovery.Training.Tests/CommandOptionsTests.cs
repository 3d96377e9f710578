using RoleModel.Discovery.Training.CommandLine;

namespace RoleModel.Discovery.Training.Tests;

public sealed class CommandOptionsTests
{
    private static readonly string[] Known = ["--onet", "--layers", "--learning-rate", "--out"];

    [Fact]
    public void Parse_KnownOptions_GivesTheirValues()
    {
        var options = CommandOptions.Parse("train", ["--onet", "dir", "--layers", "2", "--learning-rate", "1e-4", "--out", "f"], Known);

        options.Required("--onet").Should().Be("dir");
        options.Integer("--layers", 3, 1, 6).Should().Be(2);
        options.Positive("--learning-rate", 5e-5).Should().Be(1e-4);
    }

    [Fact]
    public void Integer_NotGiven_IsTheDefault()
    {
        var options = CommandOptions.Parse("train", ["--onet", "dir"], Known);

        options.Integer("--layers", 3, 1, 6).Should().Be(3);
        options.Positive("--learning-rate", 5e-5).Should().Be(5e-5);
    }

    [Fact]
    public void Optional_IsTheValue_OrNullWhenNotGiven()
    {
        var options = CommandOptions.Parse("train", ["--onet", "dir"], Known);

        options.Optional("--onet").Should().Be("dir");
        options.Optional("--out").Should().BeNull();
    }

    [Fact]
    public void Parse_MisspelledOption_NamesTheOptionMeant()
    {
        var act = () => CommandOptions.Parse("train", ["--layer", "3"], Known);

        act.Should().Throw<UsageException>().WithMessage("'train' has no option '--layer'; did you mean '--layers'?");
    }

    [Fact]
    public void Parse_UnknownOption_ListsTheKnownOnes()
    {
        var act = () => CommandOptions.Parse("train", ["--weights", "x"], Known);

        act.Should().Throw<UsageException>().WithMessage("'train' has no option '--weights' (it has --onet, --layers, --learning-rate, --out).");
    }

    [Fact]
    public void Parse_BareWord_IsRefused()
    {
        var act = () => CommandOptions.Parse("train", ["dir"], Known);

        act.Should().Throw<UsageException>().WithMessage("'train' takes options only (*), not 'dir'.");
    }

    [Theory]
    [InlineData("--onet")]
    [InlineData("--onet", "--out", "f")]
    public void Parse_OptionWithoutValue_IsRefused(params string[] arguments)
    {
        var act = () => CommandOptions.Parse("train", arguments, Known);

        act.Should().Throw<UsageException>().WithMessage("The option '--onet' of 'train' needs a value.");
    }

    [Fact]
    public void Parse_RepeatedOption_IsRefused()
    {
        var act = () => CommandOptions.Parse("train", ["--out", "a", "--out", "b"], Known);

        act.Should().Throw<UsageException>().WithMessage("The option '--out' of 'train' is given twice.");
    }

    [Fact]
    public void Required_Missing_NamesTheOption()
    {
        var options = CommandOptions.Parse("train", [], Known);

        options.Invoking(o => o.Required("--out")).Should().Throw<UsageException>().WithMessage("'train' needs the option '--out'.");
    }

    [Theory]
    [InlineData("0")]
    [InlineData("7")]
    [InlineData("2.5")]
    [InlineData("three")]
    public void Integer_OutOfRangeOrNotWhole_IsRefused(string value)
    {
        var options = CommandOptions.Parse("train", ["--layers", value], Known);

        options.Invoking(o => o.Integer("--layers", 3, 1, 6)).Should().Throw<UsageException>()
            .WithMessage($"The option '--layers' must be a whole number from 1 to 6, not '{value}'.");
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-1e-5")]
    [InlineData("NaN")]
    [InlineData("Infinity")]
    [InlineData("5e-5x")]
    public void Positive_NotAPositiveFiniteNumber_IsRefused(string value)
    {
        var options = CommandOptions.Parse("train", ["--learning-rate", value], Known);

        options.Invoking(o => o.Positive("--learning-rate", 5e-5)).Should().Throw<UsageException>()
            .WithMessage($"The option '--learning-rate' must be a positive number such as 5e-5, not '{value}'.");
    }
}
