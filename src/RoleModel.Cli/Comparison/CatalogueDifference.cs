namespace RoleModel.Cli.Comparison;

/// <summary>What part of a catalogue a difference is about, in the order <c>compare</c> lists them.</summary>
internal enum DifferenceArea
{
    Role,
    Requirement,
    Competency,
    History,
}

/// <summary>One difference between two catalogues: an item added, removed or changed, with its title and what changed.</summary>
/// <param name="Area">What kind of item.</param>
/// <param name="Change">added, removed, relabelled, regrouped or changed.</param>
/// <param name="Id">The item's id (for a requirement <c>role / requirement</c>).</param>
/// <param name="Title">The item's title in the chosen language (the newer one's, else the older one's).</param>
/// <param name="Detail">What changed, for people; empty when the change says it all.</param>
internal sealed record CatalogueDifference(DifferenceArea Area, string Change, string Id, string Title, string Detail);
