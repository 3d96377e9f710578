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
                Add(ProblemCodes.UnresolvedReference, $"{path}.role", ProblemMessage.Of("History.UnknownRole", history.RoleId));
            }
            else if (!role.Equals(history.Baseline))
            {
                Add(ProblemCodes.InvalidValue, $"{path}.role",
                    ProblemMessage.Of("History.Baseline", history.RoleId));
            }

            if (!seen.Add(history.RoleId))
            {
                Add(ProblemCodes.DuplicateId, $"{path}.role", ProblemMessage.Of("History.Twice", history.RoleId));
            }

            problems.AddRange(history.ValidateComposed(lookup, path, imported).Problems);
        }
    }
}
