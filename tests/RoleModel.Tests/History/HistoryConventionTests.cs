using System.Reflection;
using RoleModel.History;

namespace RoleModel.Tests.History;

/// <summary>Conventions of the public types of <c>RoleModel.History</c>.</summary>
public sealed class HistoryConventionTests
{
    private static readonly Type[] PublicTypes = [.. typeof(RoleHistory).Assembly.GetExportedTypes().Where(t => t.Namespace == typeof(RoleHistory).Namespace)];

    [Fact]
    public void PublicClasses_AreSealed() =>
        PublicTypes.Where(t => t.IsClass && !t.IsSealed).Should().BeEmpty();

    [Fact]
    public void PublicProperties_HaveNoPublicSetter() =>
        PublicTypes.SelectMany(t => t.GetProperties(BindingFlags.Public | BindingFlags.Instance))
            .Where(p => p.SetMethod is { IsPublic: true })
            .Select(p => $"{p.DeclaringType!.Name}.{p.Name}")
            .Should().BeEmpty();

    [Fact]
    public void PublicClasses_ImplementValueEquality() =>
        PublicTypes.Where(t => t.IsClass && !t.IsAbstract)
            .Where(t => t.GetMethod(nameof(Equals), [typeof(object)])!.DeclaringType != t)
            .Should().BeEmpty();
}
