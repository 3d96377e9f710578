using RoleModel.Interop.CaseFormat;

namespace RoleModel.Interop.Tests.CaseFormat;

public sealed class CaseIdentifiersTests
{
    [Theory]
    // Reference values of Python's uuid.uuid5 for the RFC 9562 DNS and URL namespaces.
    [InlineData("6ba7b810-9dad-11d1-80b4-00c04fd430c8", "python.org", "886313e1-3b8a-5372-9b90-0c9aee199e5d")]
    [InlineData("6ba7b811-9dad-11d1-80b4-00c04fd430c8", "https://case.example.org/", "383d31e8-5f54-50c1-a9a6-bfdc73c4e960")]
    public void NameBased_KnownNames_GiveTheReferenceUuids(string namespaceId, string name, string expected)
    {
        CaseIdentifiers.NameBased(Guid.Parse(namespaceId), name).Should().Be(Guid.Parse(expected));
    }
}
