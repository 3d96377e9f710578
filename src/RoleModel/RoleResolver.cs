namespace RoleModel;

/// <summary>Flattens a derived role onto its templates (see <see cref="Catalogue.Resolve"/>).</summary>
internal static class RoleResolver
{
    internal static Role Resolve(Catalogue catalogue, Role role) => Resolve(catalogue, role, new HashSet<string>(StringComparer.Ordinal));

    private static Role Resolve(Catalogue catalogue, Role role, HashSet<string> visiting)
    {
        if (role.Template is not { } template)
        {
            return role;
        }

        if (!visiting.Add(role.Id))
        {
            throw new InvalidOperationException($"Role '{role.Id}' cannot be resolved because its template derivation forms a cycle.");
        }

        var baseRole = catalogue.FindRole(template.RoleId)
            ?? throw new InvalidOperationException($"Role '{role.Id}' cannot be resolved because its template '{template.RoleId}' does not exist.");
        var resolvedBase = Resolve(catalogue, baseRole, visiting);
        visiting.Remove(role.Id);

        return new Role(
            role.Id,
            role.Title,
            role.OwnOpenness ?? resolvedBase.Openness,
            role.Purpose.IsEmpty ? resolvedBase.Purpose : role.Purpose,
            role.Outcomes.IsEmpty ? resolvedBase.Outcomes : role.Outcomes,
            Overlay(resolvedBase.Requirements, role.Requirements, template.RemovedRequirementIds, r => r.Id),
            Overlay(resolvedBase.Areas, role.Areas, template.RemovedAreaIds, a => a.Id),
            template: null,
            resolvedBase.Tags.Concat(role.Tags).Distinct(StringComparer.Ordinal),
            role.Extensions);
    }

    /// <summary>Inherited items minus removals, each replaced in place by an own item of the same id; then the new own items.</summary>
    private static List<T> Overlay<T>(IEnumerable<T> inherited, IReadOnlyCollection<T> own, IEnumerable<string> removed, Func<T, string> id)
    {
        var removedIds = new HashSet<string>(removed, StringComparer.Ordinal);
        var ownById = new Dictionary<string, T>(StringComparer.Ordinal);
        foreach (var item in own)
        {
            ownById.TryAdd(id(item), item);
        }

        var result = new List<T>();
        var used = new HashSet<string>(StringComparer.Ordinal);
        foreach (var item in inherited)
        {
            var key = id(item);
            if (removedIds.Contains(key))
            {
                continue;
            }

            if (ownById.TryGetValue(key, out var replacement))
            {
                used.Add(key);
                result.Add(replacement);
            }
            else
            {
                result.Add(item);
            }
        }

        result.AddRange(own.Where(item => !used.Contains(id(item))));
        return result;
    }
}
