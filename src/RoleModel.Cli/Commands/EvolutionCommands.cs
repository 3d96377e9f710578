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
            throw new UsageException($"--to ({t:yyyy-MM-dd}) must not be before --from ({f:yyyy-MM-dd}).");
        }

        var days = catalogue.Histories.SelectMany(h => h.AsKnownAt(knownAt).KnownChanges).Select(c => c.EffectiveOn).ToList();
        if (days.Count == 0 && (from is null || to is null))
        {
            throw new CommandFailedException($"no role history of this document has a change on record at {knownAt}; give --from and --to.");
        }

        var first = from ?? days.Min();
        var last = to ?? days.Max();
        if (last < first)
        {
            throw new CommandFailedException($"the period {first:yyyy-MM-dd} → {last:yyyy-MM-dd} is empty; give --from and --to.");
        }

        return (first, last);
    }
}
