using NodaTime;

namespace RoleModel.Cli.Commands;

/// <summary>What the patterns, evolve and lineage commands share: the period and its defaults.</summary>
internal static class EvolutionCommands
{
    /// <summary>The period asked for, defaulting to the first and last day a change known at the instant takes effect.</summary>
    public static (LocalDate From, LocalDate To) Period(Catalogue catalogue, Instant knownAt, LocalDate? from, LocalDate? to)
    {
        if (from is { } f && to is { } t && t < f)
        {
            throw UsageException.Worded("Usage.ToBeforeFrom", t, f);
        }

        var days = catalogue.Histories.SelectMany(h => h.AsKnownAt(knownAt).KnownChanges).Select(c => c.EffectiveOn).ToList();
        if (days.Count == 0 && (from is null || to is null))
        {
            throw CommandFailedException.Worded("Fail.NoChangeOnRecord", knownAt);
        }

        var first = from ?? days.Min();
        var last = to ?? days.Max();
        if (last < first)
        {
            throw CommandFailedException.Worded("Fail.EmptyPeriod", first, last);
        }

        return (first, last);
    }
}
