using System.Collections.Immutable;

namespace RoleModel.Interop.CaseFormat;

/// <summary>What reading a CASE CFPackage produced: the framework (only when no error was found) and the
/// problems. Immutable.</summary>
/// <remarks>Equality: reference equality (a result is not a value).</remarks>
public sealed class CaseImportResult
{
    internal CaseImportResult(CompetencyFramework? framework, ImmutableArray<ImportProblem> problems)
    {
        Framework = framework;
        Problems = problems;
    }

    /// <summary>Whether no error was found and so a framework was read.</summary>
    public bool Succeeded => Framework is not null;

    /// <summary>The framework, or null when an error was found.</summary>
    public CompetencyFramework? Framework { get; }

    /// <summary>Every problem found, errors and warnings.</summary>
    public ImmutableArray<ImportProblem> Problems { get; }
}
