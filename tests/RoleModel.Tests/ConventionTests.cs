using System.Reflection;
using System.Runtime.CompilerServices;
using System.Xml.Linq;

namespace RoleModel.Tests;

/// <summary>Conventions every public type of the RoleModel assembly keeps; each test lists the offenders.</summary>
public sealed class ConventionTests
{
    private static readonly Type[] PublicTypes = typeof(Catalogue).Assembly.GetExportedTypes();

    /// <summary>The interfaces (and the base class an <see cref="RoleModel.Evolution.ITaskSimilarity"/> returns its index as) the
    /// library offers on purpose, for callers to plug in their own implementation.</summary>
    private static readonly Type[] ExtensionPoints =
        [typeof(RoleModel.Evolution.ITaskSimilarity), typeof(RoleModel.Evolution.TaskTextIndex), typeof(RoleModel.Serialization.ICatalogueResolver)];

    [Fact]
    public void PublicTypes_AreSealedStaticEnumOrReadonlyStruct() =>
        PublicTypes.Where(t => !(t.IsEnum || (t.IsClass && t.IsSealed) || (t.IsValueType && t.IsDefined(typeof(IsReadOnlyAttribute))) || ExtensionPoints.Contains(t)))
            .Should().BeEmpty("public types must be sealed classes, static classes, enums, readonly structs or a listed extension point");

    [Fact]
    public void PublicTypes_HaveNoPublicSetters() =>
        PublicTypes.SelectMany(t => t.GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static))
            .Where(p => p.SetMethod is { IsPublic: true })
            .Select(p => $"{p.DeclaringType!.Name}.{p.Name}")
            .Should().BeEmpty("domain types are immutable (init accessors included)");

    [Fact]
    public void PublicTypes_HaveNoMutablePublicFields() =>
        PublicTypes.SelectMany(t => t.GetFields(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static))
            .Where(f => !f.IsLiteral && !f.IsInitOnly && !f.DeclaringType!.IsEnum)
            .Select(f => $"{f.DeclaringType!.Name}.{f.Name}")
            .Should().BeEmpty();

    [Fact]
    public void PublicProperties_ExposeNoMutableCollections() =>
        PublicTypes.SelectMany(t => t.GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static))
            .Where(p => p.PropertyType.IsArray || (p.PropertyType.IsGenericType && MutableCollections.Contains(p.PropertyType.GetGenericTypeDefinition())))
            .Select(p => $"{p.DeclaringType!.Name}.{p.Name}")
            .Should().BeEmpty("collections are exposed as ImmutableArray or read-only sequences");

    [Fact]
    public void EquatableTypes_OverrideEqualsAndGetHashCode() =>
        PublicTypes.Where(t => t.GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEquatable<>)))
            .Where(t => t.GetMethod(nameof(Equals), [typeof(object)])!.DeclaringType != t || t.GetMethod(nameof(GetHashCode), Type.EmptyTypes)!.DeclaringType != t)
            .Should().BeEmpty("IEquatable<T> without overriding Equals(object) and GetHashCode breaks collections");

    [Fact]
    public void EquatableStructs_DefineEqualityOperators() =>
        PublicTypes.Where(t => t.IsValueType && !t.IsEnum)
            .Where(t => t.GetMethod("op_Equality", [t, t]) is null || t.GetMethod("op_Inequality", [t, t]) is null)
            .Should().BeEmpty();

    [Fact]
    public void PublicTypes_AreNotNamedAfterThreadingTypes() =>
        PublicTypes.Select(t => t.Name).Should().NotContain(["Task", "TaskStatus"], "they would clash with System.Threading.Tasks");

    [Fact]
    public void PublicTypes_LiveInRoleModelNamespaces() =>
        PublicTypes.Where(t => t.Namespace is not { } ns || !(ns == "RoleModel" || ns.StartsWith("RoleModel.", StringComparison.Ordinal)))
            .Should().BeEmpty();

    [Fact]
    public void PublicTypes_ExceptEnumsAndConstants_HaveATestClassInTheMirroredNamespace() =>
        PublicTypes.Where(t => !t.IsEnum)
            .Where(t => typeof(ConventionTests).Assembly.GetType($"{t.Namespace!.Replace("RoleModel", "RoleModel.Tests", StringComparison.Ordinal)}.{t.Name.Split('`')[0]}Tests") is null)
            .Should().BeEmpty("every public type has one <Type>Tests class, in a folder that mirrors the source");

    [Fact]
    public void EquatableTypes_SayWhatEqualityMeansInTheirRemarks()
    {
        var documentation = XDocument.Load(Path.ChangeExtension(typeof(Catalogue).Assembly.Location, ".xml"));
        var remarks = documentation.Descendants("member")
            .ToDictionary(m => (string)m.Attribute("name")!, m => m.Element("remarks")?.Value ?? string.Empty);

        PublicTypes.Where(t => !t.IsEnum && t.GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEquatable<>)))
            .Where(t => !remarks.TryGetValue($"T:{t.FullName}", out var text) || !text.Contains("Equality:", StringComparison.Ordinal))
            .Should().BeEmpty("the remarks of an equatable type say what equality means (\"Equality: ...\")");
    }

    [Fact]
    public void Catalogue_EveryPublicMember_HasAWithMethodTakingItsValue() =>
        CatalogueMembers()
            .Where(p => WithMethod(p) is null)
            .Select(p => p.Name)
            .Should().BeEmpty("a catalogue rebuilt through the public API must be able to keep every member: each has a With… taking its value");

    [Fact]
    public void Catalogue_RebuiltThroughEachWith_ChangesThatMemberAndKeepsEveryOther()
    {
        var full = FullCatalogue();
        var empty = Catalogue.Empty;
        var members = CatalogueMembers().ToList();
        members.Should().Contain(p => p.Name == nameof(Catalogue.Lineage)).And.Contain(p => p.Name == nameof(Catalogue.Extensions));
        foreach (var member in members)
        {
            Same(member.GetValue(full), member.GetValue(empty)).Should().BeFalse($"the full catalogue has a {member.Name} of its own");
            var rebuilt = (Catalogue)WithMethod(member)!.Invoke(full, [member.GetValue(empty)])!;
            var kept = (Catalogue)WithMethod(member)!.Invoke(rebuilt, [member.GetValue(full)])!;

            Same(member.GetValue(rebuilt), member.GetValue(empty)).Should().BeTrue($"With{member.Name} sets {member.Name}");
            members.Where(other => other != member && !Same(other.GetValue(rebuilt), other.GetValue(full)))
                .Select(other => other.Name).Should().BeEmpty($"With{member.Name} keeps every other member");
            kept.Should().Be(full, $"With{member.Name} with the old value gives the catalogue back");
        }
    }

    [Fact]
    public void Catalogue_WithMethods_CheckTheirArgument()
    {
        foreach (var member in CatalogueMembers().Where(p => p.Name != nameof(Catalogue.Identity)))
        {
            var call = () => WithMethod(member)!.Invoke(Catalogue.Empty, [null]);

            call.Should().Throw<TargetInvocationException>().WithInnerException<ArgumentNullException>($"With{member.Name}(null)");
        }
    }

    /// <summary>The public instance properties of <see cref="Catalogue"/>: its members.</summary>
    private static PropertyInfo[] CatalogueMembers() =>
        typeof(Catalogue).GetProperties(BindingFlags.Public | BindingFlags.Instance);

    /// <summary><c>With{Member}</c> with one parameter that takes the member's value, returning a catalogue.</summary>
    private static MethodInfo? WithMethod(PropertyInfo member) =>
        typeof(Catalogue).GetMethods(BindingFlags.Public | BindingFlags.Instance)
            .FirstOrDefault(m => m.Name == $"With{member.Name}" && m.ReturnType == typeof(Catalogue)
                && m.GetParameters() is [var parameter] && parameter.ParameterType.IsAssignableFrom(member.PropertyType));

    /// <summary>The municipal sample with every member filled: identity, an import, lineage and unknown members too.</summary>
    private static Catalogue FullCatalogue()
    {
        var sample = RoleModel.Serialization.RoleModelJson.Read(File.ReadAllBytes(Path.Combine(Serialization.TestPaths.Samples, "municipal.json"))).Catalogue!;
        using var extension = System.Text.Json.JsonDocument.Parse("""{"hr:exported": "2026-01-15"}""");
        return sample
            .WithIdentity(new CatalogueIdentity("musterstadt", "2026.1", new NodaTime.LocalDate(2026, 1, 15)))
            .WithImports([new CatalogueImport("esco", "1.1.1", "esco.json")])
            .WithExtensions(new ExtensionData(extension.RootElement.EnumerateObject().Select(p => KeyValuePair.Create(p.Name, p.Value.Clone()))));
    }

    private static bool Same(object? a, object? b) =>
        a is System.Collections.IEnumerable first && b is System.Collections.IEnumerable second && a is not string
            ? first.Cast<object>().SequenceEqual(second.Cast<object>())
            : Equals(a, b);

    private static readonly HashSet<Type> MutableCollections =
        [typeof(List<>), typeof(Dictionary<,>), typeof(HashSet<>), typeof(IList<>), typeof(ICollection<>), typeof(IDictionary<,>), typeof(ISet<>)];
}
