using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;
using RoleModel.Serialization.Wire;

namespace RoleModel.Tests.Serialization;

/// <summary>Conventions of the wire shapes, which the reader relies on.</summary>
public sealed class WireConventionTests
{
    public static TheoryData<Type> WireTypes() =>
        [.. typeof(WireContext).Assembly.GetTypes().Where(t => t.Namespace == typeof(WireContext).Namespace && t.Name.EndsWith("Dto", StringComparison.Ordinal))];

    [Theory]
    [MemberData(nameof(WireTypes))]
    public void WireType_IsKnownToTheSourceGeneratedContext(Type type) =>
        WireContext.Default.GetTypeInfo(type).Should().NotBeNull();

    [Theory]
    [MemberData(nameof(WireTypes))]
    public void WireType_KeepsUnknownMembersInASettableDictionary(Type type)
    {
        var extensions = type.GetProperties().Where(p => p.GetCustomAttribute<JsonExtensionDataAttribute>() is not null).ToList();

        extensions.Should().ContainSingle();
        extensions[0].PropertyType.Should().Be<Dictionary<string, JsonElement>>();
        extensions[0].SetMethod!.ReturnParameter.GetRequiredCustomModifiers().Should().BeEmpty("an init-only extension property fails at first use");
    }

    [Theory]
    [MemberData(nameof(WireTypes))]
    public void WireType_HasOnlyNullableMembers_SoThatMissingMembersAreReportedByTheMapping(Type type)
    {
        var context = new NullabilityInfoContext();

        type.GetProperties().Should().OnlyContain(p => p.PropertyType.IsValueType
            ? Nullable.GetUnderlyingType(p.PropertyType) != null
            : context.Create(p).ReadState == NullabilityState.Nullable);
    }

    [Fact]
    public void WireTypes_AreFound() => WireTypes().Cast<object[]>().Count().Should().BeGreaterThan(10);
}
