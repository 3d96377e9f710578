using RoleModel.Serialization;

namespace RoleModel.Tests.Serialization;

public sealed class JsonReadOptionsTests
{
    [Fact]
    public void Default_Is512MiB() =>
        JsonReadOptions.Default.MaximumBytes.Should().Be(512L * 1024 * 1024).And.Be(JsonReadOptions.DefaultMaximumBytes);

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(long.MaxValue)]
    public void Constructor_LimitOutOfRange_Throws(long maximum) =>
        FluentActions.Invoking(() => new JsonReadOptions(maximum)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("maximumBytes");

    [Fact]
    public void Constructor_LargestArray_IsAllowed() =>
        new JsonReadOptions(Array.MaxLength).MaximumBytes.Should().Be(Array.MaxLength);

    [Fact]
    public void Equality_ComparesTheLimit()
    {
        new JsonReadOptions(10).Should().Be(new JsonReadOptions(10));
        new JsonReadOptions(10).GetHashCode().Should().Be(new JsonReadOptions(10).GetHashCode());
        new JsonReadOptions(10).Should().NotBe(new JsonReadOptions(11));
        new JsonReadOptions(10).Equals(null).Should().BeFalse();
    }
}
