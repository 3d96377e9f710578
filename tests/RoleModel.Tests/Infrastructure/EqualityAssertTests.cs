using Xunit.Sdk;

namespace RoleModel.Tests.Infrastructure;

/// <summary>The helper must catch broken contracts, or the tests that use it prove nothing.</summary>
public sealed class EqualityAssertTests
{
    [Fact]
    public void Contract_WithSameInstanceAsEqualValue_Fails()
    {
        var text = Make.Text("a");
        FluentActions.Invoking(() => EqualityAssert.Contract(text, text, Make.Text("b"))).Should().Throw<XunitException>();
    }

    [Fact]
    public void Contract_WithUnequalValueAsEqual_Fails() =>
        FluentActions.Invoking(() => EqualityAssert.Contract(Make.Text("a"), Make.Text("b"), Make.Text("c")))
            .Should().Throw<XunitException>().WithMessage("*equal through IEquatable*");

    [Fact]
    public void Contract_WithEqualValueAsDifferent_Fails() =>
        FluentActions.Invoking(() => EqualityAssert.Contract(Make.Text("a"), Make.Text("a"), Make.Text("a")))
            .Should().Throw<XunitException>().WithMessage("*different[0]*");

    [Fact]
    public void Contract_WithBrokenOperator_Fails() =>
        FluentActions.Invoking(() => EqualityAssert.Contract(new BrokenOperator(1), new BrokenOperator(1), new BrokenOperator(2)))
            .Should().Throw<XunitException>().WithMessage("*==*");

    [Fact]
    public void Contract_WithBrokenHashCode_Fails() =>
        FluentActions.Invoking(() => EqualityAssert.Contract(new BrokenHash(1), new BrokenHash(1), new BrokenHash(2)))
            .Should().Throw<XunitException>().WithMessage("*hash code*");

    private sealed class BrokenOperator(int value) : IEquatable<BrokenOperator>
    {
        public int Value { get; } = value;

        public static bool operator ==(BrokenOperator? left, BrokenOperator? right) => ReferenceEquals(left, right);

        public static bool operator !=(BrokenOperator? left, BrokenOperator? right) => !ReferenceEquals(left, right);

        public bool Equals(BrokenOperator? other) => other is not null && other.Value == Value;

        public override bool Equals(object? obj) => Equals(obj as BrokenOperator);

        public override int GetHashCode() => Value;
    }

    private sealed class BrokenHash(int value) : IEquatable<BrokenHash>
    {
        private static int counter;

        public int Value { get; } = value;

        public bool Equals(BrokenHash? other) => other is not null && other.Value == Value;

        public override bool Equals(object? obj) => Equals(obj as BrokenHash);

        public override int GetHashCode() => Interlocked.Increment(ref counter);
    }
}
