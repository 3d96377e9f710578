using System.Collections.Immutable;

namespace RoleModel.Discovery;

/// <summary>What a task text probably is: its activities, similar tasks and competencies, each best first. Immutable.</summary>
/// <remarks>Equality: reference equality.</remarks>
public sealed class TaskSuggestions
{
    internal TaskSuggestions(string text, ImmutableArray<Suggestion> activities, ImmutableArray<Suggestion> tasks, ImmutableArray<Suggestion> competencies)
    {
        (Text, Activities, Tasks, Competencies) = (text, activities, tasks, competencies);
    }

    /// <summary>The text asked about.</summary>
    public string Text { get; }

    /// <summary>The activities it probably belongs to, best first (ties by identifier).</summary>
    public ImmutableArray<Suggestion> Activities { get; }

    /// <summary>The most similar tasks, best first (ties in corpus order).</summary>
    public ImmutableArray<Suggestion> Tasks { get; }

    /// <summary>The competencies it probably uses, best first (ties by identifier).</summary>
    public ImmutableArray<Suggestion> Competencies { get; }
}
