using System.Reflection;
using RoleModel.Discovery.Training.Onet;

namespace RoleModel.Discovery.Training.Tests;

public sealed class TrainingPairsTests
{
    [OnetFact]
    public void Build_Onet29_GivesTheCountsOfTheShippedRun()
    {
        var pairs = TrainingPairs.Build(OnetTasks.Read(OnetRelease.Folder!));

        (pairs.TaskCount, pairs.ExcludedCount, pairs.SameTextCount, pairs.TrainingTaskCount, pairs.LinkedTaskCount)
            .Should().Be((18_796, 10_891, 582, 7_323, 7_184));
        (pairs.Pairs.Count, pairs.ActivityCount).Should().Be((8_975, 1_939));
    }

    [OnetFact]
    public void Build_Onet29_NoPairFromATaskTheEvaluationsHoldOut_NorWithItsText()
    {
        var onet = OnetTasks.Read(OnetRelease.Folder!);
        var splits = new EvaluationSplits();

        var pairs = TrainingPairs.Build(onet);

        var heldOut = onet.Tasks.Where(t => splits.HoldsOut(t.Occupation, t.Id)).ToList();
        var heldOutKeys = heldOut.Select(t => t.Occupation + "/" + t.Id).ToHashSet(StringComparer.Ordinal);
        var heldOutTexts = heldOut.Select(t => t.Text).ToHashSet(StringComparer.Ordinal);
        heldOut.Should().HaveCount(pairs.ExcludedCount, "the tool's rule is exactly the evaluations' splits");
        pairs.Pairs.Should().NotContain(p => heldOutKeys.Contains(p.TaskKey) || heldOutTexts.Contains(p.TaskText));
    }

    /// <summary>
    /// The evaluations' own splits, read from the CLI that runs them (internal there, so by reflection): if they change,
    /// this test fails until the training rule follows.
    /// </summary>
    private sealed class EvaluationSplits
    {
        private readonly Func<string, int, bool> isIn;
        private readonly Func<string, object> part;
        private readonly object reporting;

        public EvaluationSplits()
        {
            var cli = Assembly.Load("RoleModel.Cli");
            var heldOut = cli.GetType("RoleModel.Cli.Discovery.HeldOut", throwOnError: true)!.GetMethod("IsIn")!;
            var parts = cli.GetType("RoleModel.Cli.Discovery.OccupationParts", throwOnError: true)!.GetMethod("Of")!;
            isIn = (key, bucket) => (bool)heldOut.Invoke(null, [key, bucket])!;
            part = code => parts.Invoke(null, [code])!;
            reporting = Enum.Parse(cli.GetType("RoleModel.Cli.Discovery.OccupationPart", throwOnError: true)!, "Reporting");
        }

        /// <summary>suggest --evaluate: buckets 0 (report), 1 and 2 (tuning) by task, 0 and 1 by occupation; patterns --evaluate: the reporting part.</summary>
        public bool HoldsOut(string occupation, string taskId) =>
            isIn(taskId, 0) || isIn(taskId, 1) || isIn(taskId, 2) || isIn(occupation, 0) || isIn(occupation, 1) || part(occupation).Equals(reporting);
    }
}
