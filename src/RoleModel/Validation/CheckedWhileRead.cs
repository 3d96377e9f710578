namespace RoleModel.Validation;

/// <summary>
/// Rules of <see cref="Catalogue.Validate()"/> that the reader of a document found kept while it read (with
/// the identifiers it had at hand, at no extra cost), so that the validation of what it read need not check
/// them again. The reader claims a rule only for a document it read without an error; when in doubt it claims
/// nothing, and the validator checks as for any catalogue.
/// </summary>
/// <param name="RequirementIdsDistinct">No role lists two requirements of the same identifier.</param>
/// <param name="RequirementCompetenciesDefined">Every competency a role's requirement names is defined in the document itself.</param>
/// <param name="CompetencyIdsDistinct">No two competencies of the document have the same identifier.</param>
/// <param name="BroaderDefined">Every competency a broader link names is defined in the document itself.</param>
internal readonly record struct CheckedWhileRead(
    bool RequirementIdsDistinct,
    bool RequirementCompetenciesDefined,
    bool CompetencyIdsDistinct,
    bool BroaderDefined);
