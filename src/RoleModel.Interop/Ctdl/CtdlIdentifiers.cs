using RoleModel.Interop.CaseFormat;

namespace RoleModel.Interop.Ctdl;

/// <summary>
/// Stable CTIDs (<c>ce-</c> + a name-based UUID, version 5): competencies and frameworks get the UUIDs of the CASE
/// export with the same base URI; roles, their tasks and jobs the UUID of the catalogue's identity (id and
/// version, when it has one) and the role's identifier. The same role in the same catalogue identity gets the
/// same CTID on every export.
/// </summary>
internal sealed class CtdlIdentifiers(Uri baseUri, CatalogueIdentity? identity)
{
    public const string RegistryResources = "https://credentialengineregistry.org/resources/";

    private readonly CaseIdentifiers ids = new(baseUri);
    private readonly string catalogue = identity is null ? string.Empty : identity.Id + "\n" + identity.Version + "\n";

    public string Framework(string frameworkId) => "ce-" + ids.For("CFDocument", frameworkId);

    public string Competency(string competencyId) => "ce-" + ids.For("CFItem", competencyId);

    public string WorkRole(string roleId) => "ce-" + ids.For("WorkRole", catalogue + roleId);

    public string Job(string roleId) => "ce-" + ids.For("Job", catalogue + roleId);

    public string Task(string roleId, string taskId) => "ce-" + ids.For("Task", catalogue + roleId + "\n" + taskId);

    public static string Uri(string ctid) => RegistryResources + ctid;
}
