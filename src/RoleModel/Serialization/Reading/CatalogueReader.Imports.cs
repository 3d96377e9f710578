using System.Collections.Immutable;
using System.Text.Json;
using RoleModel.Serialization.Composition;
using RoleModel.Validation;

namespace RoleModel.Serialization.Reading;

/// <summary>
/// The top-level <c>imports</c> of format 1.1, and what they bring: once the document's members are read, the
/// imports are resolved (by the composition that reads this document, or not at all), so that histories of
/// imported roles get their baseline and validation sees the imported parts.
/// </summary>
internal sealed partial class CatalogueReader
{
    private readonly ItemReader<CatalogueImport> readImport;

    /// <summary>Resolves the imports of the document being read; null when the document is read on its own.</summary>
    private ImportResolution? resolveImports;

    /// <summary>What the document's imports brought, or null when it has none.</summary>
    private ImportScope? scope;

    private CatalogueImport? Import(ref Utf8JsonReader reader)
    {
        var state = Open(ref reader, ImportMembers.Table);
        using var release = Release(state);
        string? catalogue = null, version = null, href = null;
        while (NextMember(ref reader, ref state, out var member))
        {
            switch (member)
            {
                case ImportMembers.Catalogue: catalogue = Identifier(ref reader, ref state, member); break;
                case ImportMembers.Version: version = Identifier(ref reader, ref state, member); break;
                default: href = String(ref reader, ref state, member); break;
            }

            path.Pop();
        }

        catalogue = Required(state, catalogue, ImportMembers.Catalogue);
        version = Required(state, version, ImportMembers.Version);
        if (catalogue is null || version is null || state.Broken != 0)
        {
            return null;
        }

        try
        {
            return new CatalogueImport(catalogue, version, href, Extensions(state));
        }
        catch (ArgumentException e)
        {
            Invalid(state, e, e.ParamName switch
            {
                "version" => ImportMembers.Version,
                "href" => ImportMembers.Href,
                _ => ImportMembers.Catalogue,
            });
            return null;
        }
    }

    /// <summary>Resolves the imports once the document is read; the roles a history may start from then include the imported ones.</summary>
    private ImmutableArray<Role> ResolveImports(CatalogueIdentity? identity, ImmutableArray<CatalogueImport> imports, ImmutableArray<Role> roles)
    {
        if (imports.IsEmpty)
        {
            return roles;
        }

        scope = resolveImports is null ? ImportScope.Unresolved(imports) : resolveImports(identity, imports);
        return scope.ImportedRoles.IsEmpty ? roles : [.. roles, .. scope.ImportedRoles];
    }

    /// <summary>The problems of the catalogue's validation, against its imports when it has any, and of resolving them.</summary>
    private IEnumerable<ValidationProblem> Validation(Catalogue catalogue, CheckedWhileRead checkedWhileRead)
    {
        if (scope is null)
        {
            return new CatalogueValidator(catalogue, checkedWhileRead: checkedWhileRead).ValidateCatalogue().Problems;
        }

        var validation = new CatalogueValidator(catalogue, scope.Compose(catalogue), scope.Sources, checkedWhileRead).ValidateCatalogue().Problems;

        // References into an import that could not be read are not checked: the import's own problem says why.
        return scope.Problems.Concat(scope.Incomplete ? validation.Where(p => p.Code != ProblemCodes.UnresolvedReference) : validation);
    }

    private static class ImportMembers
    {
        internal const int Catalogue = 0, Version = 1, Href = 2;
        internal static readonly KnownMembers Table = new("catalogue", "version", "href");
    }
}
