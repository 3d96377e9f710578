namespace RoleModel.Discovery.Learning;

/// <summary>One training example of the <see cref="ActivityClassifier"/>: a text (its words), its unit-length embedding and its activities.</summary>
/// <param name="Text">What the word features are read from (every language of a title).</param>
/// <param name="Vector">The unit-length embedding of the text.</param>
/// <param name="Labels">The activities the text belongs to (at least one).</param>
internal sealed record LabelledText(string Text, float[] Vector, IReadOnlyList<string> Labels);
