using System.Collections.Immutable;

namespace RoleModel.History;

/// <summary>Projections of the role and its task profile on one day, as known before a log position.</summary>
internal sealed partial class HistoryIndex
{
    internal TaskProfile ProjectTasks(int day, int bound)
    {
        var slots = Tasks.Keys.Length;
        var buffer = new RoleTask[slots];
        var (count, active, selfInitiated, exact) = (0, 0L, 0L, true);
        for (var slot = 0; slot < slots; slot++)
        {
            var entry = Tasks.LookupEntry(slot, day, bound);
            if (Tasks.Value(entry) is { } task)
            {
                buffer[count++] = task;
                var shares = Tasks.Shares(entry);
                (active, selfInitiated) = (active + shares.Active, selfInitiated + shares.SelfInitiated);
                exact &= shares.Active >= 0;
            }
        }

        Array.Resize(ref buffer, count);
        var tasks = System.Runtime.InteropServices.ImmutableCollectionsMarshal.AsImmutableArray(buffer);
        return exact ? new TaskProfile(tasks, FromUnits(active), FromUnits(selfInitiated)) : new TaskProfile(tasks);
    }

    internal Role ProjectRole(int day, int bound)
    {
        var requirements = ImmutableArray.CreateBuilder<CompetencyRequirement>(Requirements.Keys.Length);
        for (var slot = 0; slot < Requirements.Keys.Length; slot++)
        {
            if (Requirements.Lookup(slot, day, bound, out _) is { } requirement)
            {
                requirements.Add(requirement);
            }
        }

        var baseline = History.Baseline;
        return new Role(
            baseline.Id,
            (LocalizedText)Part(TitlePart, day, bound)!,
            (RoleOpenness?)Part(OpennessPart, day, bound),
            (LocalizedText)Part(PurposePart, day, bound)!,
            (ImmutableArray<LocalizedText>)Part(OutcomesPart, day, bound)!,
            requirements.ToImmutable(),
            (ImmutableArray<ResponsibilityArea>)Part(AreasPart, day, bound)!,
            (RoleTemplate?)Part(TemplatePart, day, bound),
            baseline.Tags,
            baseline.Extensions);
    }

    private object? Part(int part, int day, int bound) => Parts.Lookup(part, day, bound, out _);

    /// <summary>
    /// A share in ten-thousandths of a percent, so that projections add integers instead of decimals; -1 when
    /// the share has more than four decimal places (the projection then sums the decimals).
    /// </summary>
    internal static int ToUnits(decimal share)
    {
        var units = share * 10_000m;
        return units == decimal.Truncate(units) ? (int)units : -1;
    }

    /// <summary>A sum of units as a percentage, without trailing zeros.</summary>
    internal static decimal FromUnits(long units)
    {
        byte scale = 4;
        while (scale > 0 && units % 10 == 0)
        {
            units /= 10;
            scale--;
        }

        return new decimal((int)(uint)units, (int)(uint)(units >>> 32), 0, false, scale);
    }
}
