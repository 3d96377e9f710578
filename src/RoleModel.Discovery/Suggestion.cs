namespace RoleModel.Discovery;

/// <summary>One suggested activity, similar task or competency, with its score and evidence. Immutable.</summary>
/// <remarks>Equality: reference equality.</remarks>
public sealed class Suggestion
{
    internal Suggestion(string id, string? roleId, string title, double score, int taskCount, int roleCount, string evidence)
    {
        (Id, RoleId, Title, Score, TaskCount, RoleCount, Evidence) = (id, roleId, title, score, taskCount, roleCount, evidence);
    }

    /// <summary>The identifier of the activity, task (within <see cref="RoleId"/>) or competency.</summary>
    public string Id { get; }

    /// <summary>For a similar task, the role it belongs to; otherwise null.</summary>
    public string? RoleId { get; }

    /// <summary>The title (English where there is one).</summary>
    public string Title { get; }

    /// <summary>The score: higher is better; a cosine for tasks, a mix of votes, title similarity and, where a classifier was trained on labelled tasks, its probability (0 to 1) otherwise.</summary>
    public double Score { get; }

    /// <summary>How many of the similar tasks support the suggestion (1 for a similar task itself).</summary>
    public int TaskCount { get; }

    /// <summary>How many roles those tasks belong to.</summary>
    public int RoleCount { get; }

    /// <summary>The evidence in words, such as "used by 4 similar tasks in 3 roles".</summary>
    public string Evidence { get; }

    /// <inheritdoc />
    public override string ToString() => FormattableString.Invariant($"{Id} {Score:0.000} ({Evidence})");
}
