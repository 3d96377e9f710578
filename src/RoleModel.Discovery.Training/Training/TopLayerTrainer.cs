using System.Diagnostics;
using System.Globalization;
using RoleModel.Discovery.Training.Model;
using RoleModel.Discovery.Training.Onet;
using RoleModel.Discovery.Training.Output;
using TorchSharp;
using static TorchSharp.torch;

namespace RoleModel.Discovery.Training.Training;

/// <summary>
/// Trains the top layers of the network on (task, DWA title) pairs with the in-batch multiple-negatives loss: in a batch
/// of n pairs, each task's vector should be nearer its own DWA title's vector than the n − 1 other titles (cross-entropy
/// over the scaled cosine similarities), with AdamW and <see cref="LearningRateSchedule"/>. A task pair
/// (<see cref="TaskPartners"/>) is trained alike, the partner's text in the title's place. With hard negatives, the
/// batch's sibling titles are further columns every task must score below its own title.
/// </summary>
internal sealed class TopLayerTrainer(MiniLmNetwork network, TrainingSettings settings, TextWriter log)
{
    private const int ReportEvery = 25;

    /// <summary>Trains and returns the weights it changed, by their ONNX names, in the ONNX layout.</summary>
    /// <param name="pairs">The pairs.</param>
    /// <param name="hard">The pairs' hard negatives, or null to train without (<see cref="TrainingSettings.HardNegatives"/> decides which, in the command).</param>
    public List<LayerTensor> Train(IReadOnlyList<TrainingPair> pairs, HardNegatives? hard = null)
    {
        torch.manual_seed(settings.Seed);
        var firstTrained = MiniLmNetwork.LayerCount - settings.TopLayers;
        var clock = Stopwatch.StartNew();
        var texts = pairs.Select(p => p.TaskText).Concat(pairs.Select(p => p.ActivityTitle)).Concat(hard?.Titles.Values ?? []).Distinct(StringComparer.Ordinal).ToList();
        var frozen = FrozenLayerStates.Compute(network, texts, firstTrained);
        Log($"Frozen layers 0 to {firstTrained - 1} computed for {texts.Count:N0} texts in {clock.Elapsed.TotalSeconds:0} s.");

        var names = Enumerable.Range(firstTrained, settings.TopLayers).SelectMany(network.LayerWeightNames).ToList();
        var parameters = network.MakeTrainable(names);
        using var optimizer = optim.AdamW(parameters, lr: settings.LearningRate, weight_decay: TrainingSettings.WeightDecay);
        var random = new Random(settings.Seed);

        // A generator of its own for the siblings, so that the batch order without hard negatives stays that of before.
        var siblingRandom = new Random(settings.Seed + 1);
        var batches = Enumerable.Range(0, settings.Epochs).SelectMany(_ =>
        {
            var negatives = hard?.Draw(siblingRandom);
            return PairBatches.Of(pairs, settings.BatchSize, random, negatives)
                .Select(b => (Pairs: b, Negatives: negatives is null ? [] : b.Select(i => negatives[i]).OfType<string>().Select(a => hard!.Titles[a]).ToList()));
        }).ToList();
        var schedule = new LearningRateSchedule(settings.LearningRate, batches.Count);
        Log($"{batches.Count:N0} steps of at most {settings.BatchSize} pairs, top {settings.TopLayers} layers ({parameters.Sum(p => p.numel()):N0} weights), peak learning rate {settings.LearningRate}.");

        var stepClock = Stopwatch.StartNew();
        var (lossSum, lossCount) = (0.0, 0);
        for (var step = 0; step < batches.Count; step++)
        {
            var learningRate = schedule.At(step);
            foreach (var group in optimizer.ParamGroups)
            {
                group.LearningRate = learningRate;
            }

            lossSum += Step(optimizer, pairs, batches[step].Pairs, batches[step].Negatives, frozen, firstTrained);
            lossCount++;
            if ((step + 1) % ReportEvery == 0 || step == batches.Count - 1)
            {
                Log($"Step {step + 1}/{batches.Count}: loss {lossSum / lossCount:F4} (mean since the last line), learning rate {learningRate:E2}, {stepClock.Elapsed.TotalSeconds / (step + 1):F2} s a step.");
                (lossSum, lossCount) = (0.0, 0);
            }
        }

        Log($"Trained in {stepClock.Elapsed.TotalSeconds:0} s ({clock.Elapsed.TotalSeconds:0} s with the frozen layers).");
        return [.. names.Select(Trained)];
    }

    /// <summary>One optimizer step on one batch; returns its loss.</summary>
    private float Step(optim.Optimizer optimizer, IReadOnlyList<TrainingPair> pairs, List<int> batch, List<string> negatives, Dictionary<string, float[]> frozen, int firstTrained)
    {
        using var scope = NewDisposeScope();
        var sequences = batch.Select(i => pairs[i].TaskText).Concat(batch.Select(i => pairs[i].ActivityTitle)).Concat(negatives).ToList();
        var (hidden, mask) = Padded(sequences.Select(s => frozen[s]).ToList());
        var vectors = MiniLmNetwork.Pool(network.Layers(hidden, mask, firstTrained, MiniLmNetwork.LayerCount), mask);
        var tasks = vectors.narrow(0, 0, batch.Count);
        var activities = vectors.narrow(0, batch.Count, batch.Count + negatives.Count);
        var logits = tasks.matmul(activities.t()) * TrainingSettings.SimilarityScale;
        var loss = nn.functional.cross_entropy(logits, arange(batch.Count, dtype: ScalarType.Int64));
        optimizer.zero_grad();
        loss.backward();
        optimizer.step();
        return loss.item<float>();
    }

    private LayerTensor Trained(string name)
    {
        var weight = network.Weight(name).detach();
        return new LayerTensor(network.OnnxName(name), weight.shape, weight.contiguous().data<float>().ToArray());
    }

    /// <summary>The states as one zero-padded [sequences, tokens, 384] tensor and its [sequences, tokens] mask.</summary>
    private static (Tensor Hidden, Tensor Mask) Padded(List<float[]> states)
    {
        const int Width = MiniLmNetwork.Hidden;
        var tokens = states.Max(s => s.Length / Width);
        var hidden = new float[states.Count * tokens * Width];
        var mask = new long[states.Count * tokens];
        for (var i = 0; i < states.Count; i++)
        {
            states[i].CopyTo(hidden, i * tokens * Width);
            mask.AsSpan(i * tokens, states[i].Length / Width).Fill(1);
        }

        return (tensor(hidden, [states.Count, tokens, Width]), tensor(mask, [states.Count, tokens]));
    }

    private void Log(FormattableString line) => log.WriteLine(line.ToString(CultureInfo.InvariantCulture));
}
