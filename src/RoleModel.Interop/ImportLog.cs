using System.Collections.Immutable;
using RoleModel.Validation;

namespace RoleModel.Interop;

/// <summary>Collects the problems of one import, in the order found.</summary>
internal sealed class ImportLog
{
    private readonly List<ImportProblem> problems = [];

    public int ErrorCount { get; private set; }

    public bool HasErrors => ErrorCount > 0;

    public void Error(string file, long? line, ProblemMessage message)
    {
        ErrorCount++;
        problems.Add(new(ProblemSeverity.Error, file, line, message));
    }

    public void Warning(string file, long? line, ProblemMessage message) =>
        problems.Add(new(ProblemSeverity.Warning, file, line, message));

    /// <summary>The problems, in the order found.</summary>
    public IReadOnlyList<ImportProblem> Problems => problems;

    public ImmutableArray<ImportProblem> ToImmutable() => [.. problems];
}
