namespace RoleModel.Validation;

/// <summary>The rules of a catalogue's role histories (see <see cref="Catalogue.Validate()"/>).</summary>
internal sealed partial class CatalogueValidator
{
    /// <summary>
    /// Each history belongs to a role of the catalogue, starts from that role, is the only history of that
    /// role, and obeys its own rules (<see cref="History.RoleHistory.Validate"/>).
    /// </summary>
    private void CheckHistories()
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < catalogue.Histories.Length; i++)
        {
            var history = catalogue.Histories[i];
            var path = Format($"$.histories[{i}]");
            var role = lookup.FindRole(history.RoleId);
            if (role is null)
            {
                Add(ProblemCodes.UnresolvedReference, $"{path}.role", $"The history refers to role '{history.RoleId}', which does not exist.");
            }
            else if (!role.Equals(history.Baseline))
            {
                Add(ProblemCodes.InvalidValue, $"{path}.role",
                    $"The history of role '{history.RoleId}' must start from the catalogue's definition of that role, as JSON names the role only by its identifier.");
            }

            if (!seen.Add(history.RoleId))
            {
                Add(ProblemCodes.DuplicateId, $"{path}.role", $"Role '{history.RoleId}' has more than one history.");
            }

            problems.AddRange(history.ValidateComposed(lookup, path, imported).Problems);
        }
    }
}
