using System.Collections.Immutable;
using RoleModel.Validation;

namespace RoleModel.Interop.HrOpen;

/// <summary>The outcome of an HR Open import: the catalogue (one role, its requirements, a local framework, its
/// baseline task profile), or none when there was an error; and every problem, located by its path in the HR
/// Open document. Immutable.</summary>
public sealed class HrOpenImportResult
{
    internal HrOpenImportResult(Catalogue? catalogue, HrOpenShape? shape, IEnumerable<ImportProblem> problems)
    {
        Problems = [.. problems];
        Catalogue = Problems.Any(p => p.Severity == ProblemSeverity.Error) ? null : catalogue;
        Shape = shape;
    }

    /// <summary>The imported catalogue; null when any problem is an error.</summary>
    public Catalogue? Catalogue { get; }

    /// <summary>The document read, or null when it is none of the three.</summary>
    public HrOpenShape? Shape { get; }

    /// <summary>Every problem: errors (nothing imported) and warnings (a member not imported), in document order.</summary>
    public ImmutableArray<ImportProblem> Problems { get; }
}
