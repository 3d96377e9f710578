using FsCheck;
using FsCheck.Fluent;
using NodaTime;
using RoleModel.History;

namespace RoleModel.Tests.Serialization;

/// <summary>
/// Generators of role histories: changes of every kind with arbitrary payloads (valid or not: a round trip
/// does not need validity), instants down to the nanosecond, unknown members on histories, changes, tasks
/// and competency uses. Methods rather than fields: they use the fields of the other part of the class,
/// whose initialization order relative to this file is not defined.
/// </summary>
public static partial class CatalogueGenerators
{
    /// <summary>A history of one of the roles; its baseline is the first role with that identifier, as in a catalogue.</summary>
    private static Gen<RoleHistory> HistoryOf(List<Role> roles) =>
        from role in Gen.Elements(roles.ToArray())
        from ids in DistinctIds(6)
        from instants in Gen.ArrayOf(Instant(), ids.Count)
        from changes in Gen.CollectToList(ids.Zip(instants.Order(), Change))
        from extensions in Extensions
        from baseline in Gen.Frequency((2, Gen.Constant(new List<RoleTask>())), (1, Gen.ListOf(Task(), 3).Select(t => t.DistinctBy(x => x.Id, StringComparer.Ordinal).ToList())))
        from tasksFrom in Date
        select new RoleHistory(roles.First(r => r.Id == role.Id), changes, extensions, baseline, baseline.Count == 0 ? null : tasksFrom);

    private static Gen<Instant> Instant() =>
        from day in Date
        from second in Gen.Choose(0, 86399)
        from nanoseconds in Gen.Frequency((3, Gen.Constant(0)), (1, Gen.Choose(0, 999999999)))
        select day.AtMidnight().InUtc().ToInstant().Plus(Duration.FromSeconds(second)).PlusNanoseconds(nanoseconds);

    private static Gen<RoleChange> Change(string id, Instant recorded) =>
        from kind in Gen.Elements(Enum.GetValues<RoleChangeKind>())
        from day in Date
        from author in Identifier
        from reason in Gen.OrNull(Text)
        from proposal in Gen.Elements(false, true)
        from extensions in Extensions
        from change in kind switch
        {
            RoleChangeKind.TaskAdded => Task().Select(t => RoleChange.AddTask(id, day, recorded, author, t, reason, proposal, extensions)),
            RoleChangeKind.TaskChanged => Task().Select(t => RoleChange.ChangeTask(id, day, recorded, author, t, reason, proposal, extensions)),
            RoleChangeKind.TaskDelegated => from task in Identifier
                                            from target in Identifier
                                            select RoleChange.DelegateTask(id, day, recorded, author, task, target, reason, proposal, extensions),
            RoleChangeKind.TaskRetired => Identifier.Select(t => RoleChange.RetireTask(id, day, recorded, author, t, reason, proposal, extensions)),
            RoleChangeKind.RequirementAdded => Requirement.Select(r => RoleChange.AddRequirement(id, day, recorded, author, r, reason, proposal, extensions)),
            RoleChangeKind.RequirementChanged => Requirement.Select(r => RoleChange.ChangeRequirement(id, day, recorded, author, r, reason, proposal, extensions)),
            RoleChangeKind.RequirementRemoved => Identifier.Select(r => RoleChange.RemoveRequirement(id, day, recorded, author, r, reason, proposal, extensions)),
            RoleChangeKind.MetadataChanged => from title in Localized
                                              from purpose in Gen.OrNull(Localized)
                                              from outcomes in Gen.OrNull(Small(Localized, 2))
                                              from openness in Gen.OrNull(Openness)
                                              from areas in Gen.OrNull(Small(Area, 2))
                                              from keepTitle in Gen.Elements(true, false)
                                              select RoleChange.ChangeMetadata(id, day, recorded, author,
                                                  keepTitle || (purpose, outcomes, openness, areas) == (null, null, null, null) ? title : null,
                                                  purpose, outcomes, openness, areas, reason, proposal, extensions),
            RoleChangeKind.TemplateChanged => Gen.OrNull(Template).Select(t => RoleChange.ChangeTemplate(id, day, recorded, author, t, reason, proposal, extensions)),
            _ => from target in Identifier
                 from decision in Gen.Elements(ProposalState.Accepted, ProposalState.Rejected, ProposalState.Withdrawn)
                 select RoleChange.Decide(id, day, recorded, author, target, decision, reason, extensions),
        }
        select change;

    private static Gen<RoleTask> Task() =>
        from id in Identifier
        from title in Localized
        from share in Share
        from origin in Gen.Elements(Enum.GetValues<TaskOrigin>())
        from status in Gen.Elements(Enum.GetValues<RoleTaskStatus>())
        from area in Gen.OrNull(Identifier)
        from uses in Small(Use(), 3)
        from description in Localized
        from extensions in Extensions
        select new RoleTask(id, title, share, origin, status, area, uses, description, extensions);

    private static Gen<CompetencyUse> Use() =>
        from competency in Identifier
        from level in Gen.OrNull(from s in Identifier from l in Identifier select new LevelReference(s, l))
        from extensions in Extensions
        select new CompetencyUse(competency, level, extensions);
}
