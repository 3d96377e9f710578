using System.Diagnostics;
using System.Globalization;
using RoleModel.Discovery.Training.CommandLine;
using RoleModel.Discovery.Training.Model;
using RoleModel.Discovery.Training.Onet;
using RoleModel.Discovery.Training.Output;
using RoleModel.Discovery.Training.Training;

namespace RoleModel.Discovery.Training;

/// <summary>
/// <c>train --onet DIR [--layers 6] [--learning-rate 5e-5] [--epochs 2] [--batch 64] [--seed 42] [--hard-negatives 0] [--task-pairs 1] --out FILE [--vectors FILE]</c>:
/// trains the top layers of all-MiniLM-L6-v2 on an O*NET release's (task, DWA title) pairs and writes the changed weights as
/// the product's tuned-layers resource, and with <c>--vectors</c> also the trained network's vectors of
/// <see cref="ReferenceVectors.Texts"/>, the product's test reference.
/// </summary>
internal static class TrainCommand
{
    /// <summary>The command's name.</summary>
    public const string Name = "train";

    /// <summary>The command's one-line usage.</summary>
    public const string Usage = "train --onet DIR [--layers 6] [--learning-rate 5e-5] [--epochs 2] [--batch 64] [--seed 42] [--hard-negatives 0] [--task-pairs 1] --out FILE [--vectors FILE]";

    private static readonly string[] Options = ["--onet", "--layers", "--learning-rate", "--epochs", "--batch", "--seed", "--hard-negatives", "--task-pairs", "--out", "--vectors"];

    /// <summary>Runs the command with the words after its name; progress goes to <paramref name="log"/>.</summary>
    /// <exception cref="UsageException">The options are wrong, the O*NET folder is missing or the output's folder does not exist.</exception>
    public static void Run(IReadOnlyList<string> arguments, TextWriter log)
    {
        var options = CommandOptions.Parse(Name, arguments, Options);
        var onet = options.Required("--onet");
        var output = Path.GetFullPath(options.Required("--out"));
        var recipe = new TrainingSettings();
        var settings = new TrainingSettings(
            options.Integer("--layers", recipe.TopLayers, 1, MiniLmNetwork.LayerCount),
            options.Positive("--learning-rate", recipe.LearningRate),
            options.Integer("--epochs", recipe.Epochs, 1, 100),
            options.Integer("--batch", recipe.BatchSize, 2, 4096),
            options.Integer("--seed", recipe.Seed, 0, int.MaxValue),
            options.Integer("--hard-negatives", recipe.HardNegatives ? 1 : 0, 0, 1) == 1,
            options.Integer("--task-pairs", recipe.TaskPairs ? 1 : 0, 0, 1) == 1);
        if (!Directory.Exists(onet))
        {
            throw new UsageException($"The O*NET folder '{onet}' does not exist (give the folder of the release's .tsv files).");
        }

        CheckWritable(output);
        var vectors = options.Optional("--vectors") is { } given ? Path.GetFullPath(given) : null;
        if (vectors is not null)
        {
            CheckWritable(vectors);
            if (string.Equals(vectors, output, StringComparison.Ordinal))
            {
                throw new UsageException($"The options '--vectors' and '--out' name the same file '{output}'; the vectors would replace the trained layers.");
            }
        }

        var clock = Stopwatch.StartNew();
        TorchSharp.torch.set_num_threads(TrainingSettings.Threads);
        var release = OnetTasks.Read(onet);
        var pairs = TrainingPairs.Build(release);
        Log(log, $"O*NET tasks: {pairs.TaskCount:N0}; excluded (held out by the evaluations): {pairs.ExcludedCount:N0}; dropped as their text equals an excluded task's: {pairs.SameTextCount:N0}.");
        Log(log, $"Training tasks: {pairs.TrainingTaskCount:N0}, with DWAs: {pairs.LinkedTaskCount:N0}; pairs: {pairs.Pairs.Count:N0} of {pairs.ActivityCount:N0} distinct DWAs; leak check: no pair from an excluded task or text.");

        var network = MiniLmNetwork.FromOnnx(OnnxGraph.Read(MiniLmTokens.ModelBytes()));
        IReadOnlyList<TrainingPair> trainingPairs = pairs.Pairs;
        if (settings.TaskPairs)
        {
            // A generator of its own, so that drawing the partners does not shift the draws of the batch order.
            var partners = TaskPartners.Of(pairs.Pairs, new Random(settings.Seed + 2));
            trainingPairs = [.. pairs.Pairs, .. partners];
            Log(log, $"Task pairs: {partners.Count:N0} tasks paired with another occupation's task of the same DWA.");
        }

        var hard = settings.HardNegatives ? HardNegatives.Of(release, trainingPairs) : null;
        if (hard is not null)
        {
            Log(log, $"Hard negatives: a sibling DWA (same IWA, not linked to the task) for {hard.PairsWithSiblings:N0} of {trainingPairs.Count:N0} pairs, drawn again every epoch.");
        }

        var trained = new TopLayerTrainer(network, settings, log).Train(trainingPairs, hard);
        var bytes = LayerFile.Write(output, trained);
        Log(log, $"Wrote {trained.Count} tensors ({bytes / 1048576.0:F1} MiB, half precision) to {output} in {clock.Elapsed.TotalSeconds:0} s in all.");
        if (vectors is not null)
        {
            ReferenceVectors.Write(vectors, ReferenceVectors.Texts, network.Encode(ReferenceVectors.Texts));
            Log(log, $"Wrote the trained network's vectors of {ReferenceVectors.Texts.Count} texts (32-bit floats) to {vectors}.");
        }
    }

    private static void CheckWritable(string file)
    {
        if (!Directory.Exists(Path.GetDirectoryName(file)) || Directory.Exists(file))
        {
            throw new UsageException(Directory.Exists(file)
                ? $"The output '{file}' is a folder; give the path of the file to write."
                : $"The folder of the output file '{file}' does not exist.");
        }
    }

    private static void Log(TextWriter log, FormattableString line) => log.WriteLine(line.ToString(CultureInfo.InvariantCulture));
}
