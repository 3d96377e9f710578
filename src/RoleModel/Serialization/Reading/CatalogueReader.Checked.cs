using RoleModel.Validation;

namespace RoleModel.Serialization.Reading;

/// <summary>
/// What the reader finds kept while it reads, from the pool entries it has at hand, for the validation of what
/// it read (<see cref="CheckedWhileRead"/>): a rule is claimed only when every value it needs was pooled and the
/// document has no error; otherwise the validator checks it as for any catalogue.
/// </summary>
internal sealed partial class CatalogueReader
{
    /// <summary>The number of the requirements list being read, to find an identifier twice in one list.</summary>
    private int requirementList;
    private bool requirementIdsDistinct = true;
    private bool requirementCompetenciesPooled = true;
    private bool competencyIdsDistinct = true;
    private bool broaderPooled = true;

    /// <summary>The pool entries of the competencies that requirements name, to find them defined at the end.</summary>
    private readonly List<int> referencedCompetencies = [];

    /// <summary>The pool entries of the competencies that broader links name.</summary>
    private readonly List<int> referencedBroader = [];

    /// <summary>Notes a competency read: its identifier is defined, and new.</summary>
    private void NoteCompetency(int idEntry)
    {
        if (idEntry < 0)
        {
            competencyIdsDistinct = false;
            return;
        }

        ref var shared = ref pool.Shared(idEntry);
        competencyIdsDistinct &= !shared.IsDefinedCompetency;
        shared.IsDefinedCompetency = true;
    }

    /// <summary>
    /// Notes a requirement read: its identifier is new in its list, and its competency is one to look for among
    /// the document's own (a group is not noted, so nothing is claimed for it).
    /// </summary>
    private void NoteRequirement(int idEntry, int competencyEntry)
    {
        if (idEntry < 0)
        {
            requirementIdsDistinct = false;
        }
        else
        {
            ref var shared = ref pool.Shared(idEntry);
            requirementIdsDistinct &= shared.RequirementList != requirementList;
            shared.RequirementList = requirementList;
        }

        if (competencyEntry < 0)
        {
            requirementCompetenciesPooled = false;
        }
        else
        {
            referencedCompetencies.Add(competencyEntry);
        }
    }

    /// <summary>Notes the items of the identifier array read last as competencies to look for among the document's own.</summary>
    private void NoteReferences(List<int> referenced, ref bool pooled)
    {
        foreach (var entry in scratchEntries)
        {
            if (entry < 0)
            {
                pooled = false;
                return;
            }

            referenced.Add(entry);
        }
    }

    /// <summary>What the reader claims to have checked (nothing for a document with an error).</summary>
    private CheckedWhileRead Claims(bool withoutErrors) =>
        withoutErrors
            ? new(
                requirementIdsDistinct,
                requirementCompetenciesPooled && AllDefined(referencedCompetencies),
                competencyIdsDistinct,
                broaderPooled && AllDefined(referencedBroader))
            : default;

    private bool AllDefined(List<int> referenced)
    {
        foreach (var entry in referenced)
        {
            if (!pool.Shared(entry).IsDefinedCompetency)
            {
                return false;
            }
        }

        return true;
    }
}
