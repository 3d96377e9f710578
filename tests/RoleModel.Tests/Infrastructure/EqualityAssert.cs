using System.Reflection;

namespace RoleModel.Tests.Infrastructure;

/// <summary>Checks the whole equality contract of a type in one call.</summary>
internal static class EqualityAssert
{
    /// <summary>
    /// Asserts that <paramref name="value"/> equals <paramref name="equalToValue"/> (a distinct but equal instance)
    /// through every route (IEquatable, object, operators where defined) with the same hash code, that equality is
    /// reflexive and symmetric and refuses null and foreign objects, and that each of <paramref name="different"/>
    /// is unequal to <paramref name="value"/> in both directions.
    /// </summary>
    public static void Contract<T>(T value, T equalToValue, params T[] different)
        where T : notnull, IEquatable<T>
    {
        if (!typeof(T).IsValueType)
        {
            ReferenceEquals(value, equalToValue).Should().BeFalse("the equal value must be a distinct instance, or the test proves nothing");
        }

        value.Equals(value).Should().BeTrue("equality is reflexive");
        value.Equals((object)value).Should().BeTrue("equality is reflexive through object");
        AssertEqual(value, equalToValue, "the equal value");
        value.Equals(new object()).Should().BeFalse("a foreign object is never equal");
        value.Equals((object?)null).Should().BeFalse("null is never equal");
        if (!typeof(T).IsValueType)
        {
            IEquatable<T> equatable = value!; // the null checks above make the analyzer doubt value
            equatable.Equals(default).Should().BeFalse("a null instance is never equal");
        }

        different.Should().NotBeEmpty("a contract check needs at least one different value");
        for (var i = 0; i < different.Length; i++)
        {
            AssertNotEqual(value!, different[i], $"different[{i}] ({different[i]})");
        }
    }

    private static void AssertEqual<T>(T left, T right, string what)
        where T : notnull, IEquatable<T>
    {
        left.Equals(right).Should().BeTrue($"{what} must be equal through IEquatable");
        right.Equals(left).Should().BeTrue($"equality with {what} must be symmetric");
        left.Equals((object?)right).Should().BeTrue($"{what} must be equal through object");
        right.Equals((object?)left).Should().BeTrue($"object equality with {what} must be symmetric");
        left.GetHashCode().Should().Be(right.GetHashCode(), $"{what} must have the same hash code");
        Operator(left, right, "op_Equality")?.Should().BeTrue($"== must hold for {what}");
        Operator(left, right, "op_Inequality")?.Should().BeFalse($"!= must not hold for {what}");
    }

    private static void AssertNotEqual<T>(T left, T right, string what)
        where T : notnull, IEquatable<T>
    {
        left.Equals(right).Should().BeFalse($"{what} must differ through IEquatable");
        right.Equals(left).Should().BeFalse($"{what} must differ symmetrically");
        left.Equals((object?)right).Should().BeFalse($"{what} must differ through object");
        right.Equals((object?)left).Should().BeFalse($"{what} must differ symmetrically through object");
        Operator(left, right, "op_Equality")?.Should().BeFalse($"== must not hold for {what}");
        Operator(left, right, "op_Inequality")?.Should().BeTrue($"!= must hold for {what}");
    }

    private static bool? Operator<T>(T left, T right, string name) =>
        typeof(T).GetMethod(name, BindingFlags.Public | BindingFlags.Static, [typeof(T), typeof(T)]) is { } op
            ? (bool)op.Invoke(null, [left, right])!
            : null;
}
