using System.Collections.Immutable;

namespace RoleModel.Discovery;

/// <summary>What a task text probably is: its activities, similar tasks and competencies, each best first. Immutable.</summary>
/// <remarks>Equality: reference equality.</remarks>
public sealed class TaskSuggestions
{
    internal TaskSuggestions(string text, SuggestionMethod comparedBy, ImmutableArray<Suggestion> activities, ImmutableArray<Suggestion> tasks, ImmutableArray<Suggestion> competencies)
    {
        (Text, ComparedBy, Activities, Tasks, Competencies) = (text, comparedBy, activities, tasks, competencies);
    }

    /// <summary>The text asked about.</summary>
    public string Text { get; }

    /// <summary>The method the text was compared by: the suggester's, except <see cref="SuggestionMethod.CharacterNGrams"/> for a
    /// German-looking text under <see cref="SuggestionMethod.Combined"/>. Its scores are on that method's scale (see <see cref="ConfidentScores"/>).</summary>
    public SuggestionMethod ComparedBy { get; }

    /// <summary>The activities it probably belongs to, best first (ties by identifier).</summary>
    public ImmutableArray<Suggestion> Activities { get; }

    /// <summary>The most similar tasks, best first (ties in corpus order).</summary>
    public ImmutableArray<Suggestion> Tasks { get; }

    /// <summary>The competencies it probably uses, best first (ties by identifier).</summary>
    public ImmutableArray<Suggestion> Competencies { get; }
}
