using RoleModel.Discovery.Text;

namespace RoleModel.Discovery.Learning;

/// <summary>
/// A softmax regression over activities, trained on labelled texts (the corpus's tasks with their activities, and the
/// activities' own titles). An activity's logit is its bias, plus its weight vector times the text's unit-length
/// embedding, plus the weights of the text's words and word pairs (TF-IDF) for that activity (only pairs of a term
/// and an activity seen together in training have a weight). A text is scored against a candidate list: the
/// <see cref="ClassifierSettings.Candidates"/> activities whose centroid (the normalized sum of their texts'
/// embeddings) is most similar to it; in training its own activities too, with its probability spread evenly over
/// them. Trained by stochastic gradient descent in a seeded order on one thread: the same examples and settings give
/// the same model.
/// </summary>
internal sealed class ActivityClassifier
{
    /// <summary>The dense weights start as the centroids times this, so that training starts from a nearest-centroid rule.</summary>
    private const float InitialScale = 10f;

    /// <summary>A gradient smaller than this leaves an activity's weights alone (it would change them by less than float noise).</summary>
    private const float NegligibleGradient = 1e-5f;

    private readonly string[] classes;
    private readonly int dimensions;
    private readonly int candidates;
    private readonly float[] centroids;
    private readonly float[] weights;
    private readonly float[] bias;
    private readonly SparseModel terms;
    private readonly int[][] pairClasses;
    private readonly float[][] pairWeights;
    private readonly int[] groupOf;
    private readonly float[] groupWeights;
    private readonly float[] groupBias;

    private ActivityClassifier(string[] classes, int dimensions, int candidates, float[] centroids, SparseModel terms, int[][] pairClasses, int[] groupOf)
    {
        (this.classes, this.dimensions, this.candidates, this.centroids, this.terms, this.pairClasses, this.groupOf) = (classes, dimensions, candidates, centroids, terms, pairClasses, groupOf);
        var groups = groupOf.Length == 0 ? 0 : groupOf.Max() + 1;
        groupWeights = new float[groups * dimensions];
        groupBias = new float[groups];
        weights = [.. centroids.Select(c => c * InitialScale)];
        bias = new float[classes.Length];
        pairWeights = [.. pairClasses.Select(p => new float[p.Length])];
    }

    /// <summary>The activities it tells apart, in ordinal order.</summary>
    public IReadOnlyList<string> Classes => classes;

    /// <summary>Trains a classifier; null when no example has an activity.</summary>
    /// <param name="examples">The labelled texts; those without activities are left out. Every vector has the same length and unit length.</param>
    /// <param name="settings">The training settings; defaults to <see cref="ClassifierSettings.Default"/>.</param>
    /// <param name="broader">For activities that have one, the broader activity (such as a DWA's IWA): activities under one broader activity share a
    /// second set of weights, so that what is learnt from one helps the others.</param>
    public static ActivityClassifier? Train(IReadOnlyList<LabelledText> examples, ClassifierSettings? settings = null, IReadOnlyDictionary<string, string>? broader = null)
    {
        settings ??= ClassifierSettings.Default;
        var labelled = examples.Where(e => e.Labels.Count > 0).ToList();
        if (labelled.Count == 0)
        {
            return null;
        }

        var dimensions = labelled[0].Vector.Length;
        var classes = labelled.SelectMany(e => e.Labels).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
        var classIndex = classes.Select((c, i) => (c, i)).ToDictionary(p => p.c, p => p.i, StringComparer.Ordinal);
        var labels = labelled.Select(e => e.Labels.Select(l => classIndex[l]).Distinct().ToArray()).ToArray();
        var terms = new SparseModel([.. labelled.Select(e => e.Text)], settings.CharacterNGrams ? t => [.. Terms(t), .. Tokens.CharacterNGrams(t)] : Terms);
        var features = labelled.Select(e => terms.Transform(e.Text)).ToArray();
        var pairs = Enumerable.Range(0, terms.TermCount).Select(_ => new SortedSet<int>()).ToArray();
        for (var i = 0; i < labelled.Count; i++)
        {
            foreach (var (term, _) in features[i])
            {
                pairs[term].UnionWith(labels[i]);
            }
        }

        var centroids = new float[classes.Length * dimensions];
        for (var i = 0; i < labelled.Count; i++)
        {
            foreach (var c in labels[i])
            {
                var row = centroids.AsSpan(c * dimensions, dimensions);
                for (var d = 0; d < dimensions; d++)
                {
                    row[d] += labelled[i].Vector[d];
                }
            }
        }

        for (var c = 0; c < classes.Length; c++)
        {
            DenseIndex.Normalized(centroids.AsSpan(c * dimensions, dimensions), dimensions).CopyTo(centroids.AsSpan(c * dimensions));
        }

        var groupIds = classes.Select(c => broader?.GetValueOrDefault(c) ?? c).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)
            .Select((g, i) => (g, i)).ToDictionary(p => p.g, p => p.i, StringComparer.Ordinal);
        var groupOf = broader is null ? [] : classes.Select(c => groupIds[broader.GetValueOrDefault(c) ?? c]).ToArray();
        var classifier = new ActivityClassifier(classes, dimensions, settings.Candidates, centroids, terms, [.. pairs.Select(p => p.ToArray())], groupOf);
        classifier.Fit(labelled, labels, features, settings);
        return classifier;
    }

    /// <summary>The probabilities of the candidate activities for a text, best first (ties by ordinal id); they add up to 1.</summary>
    /// <param name="text">The text, for its words.</param>
    /// <param name="vector">Its embedding (any length scale; normalized here).</param>
    public List<(string Id, double Probability)> Predict(string text, ReadOnlySpan<float> vector)
    {
        var x = DenseIndex.Normalized(vector, dimensions);
        var candidateClasses = Candidates(x, []);
        var probabilities = Probabilities(candidateClasses, x, Links(candidateClasses, terms.Transform(text)));
        return [.. candidateClasses.Select((c, j) => (classes[c], (double)probabilities[j]))
            .OrderByDescending(p => p.Item2).ThenBy(p => p.Item1, StringComparer.Ordinal)];
    }

    /// <summary>The words of a text and its pairs of adjacent words.</summary>
    private static List<string> Terms(string text)
    {
        var words = Tokens.Words(text);
        var result = new List<string>(words.Count * 2);
        result.AddRange(words);
        for (var i = 0; i + 1 < words.Count; i++)
        {
            result.Add(words[i] + " " + words[i + 1]);
        }

        return result;
    }

    private void Fit(List<LabelledText> examples, int[][] labels, (int Term, float Weight)[][] features, ClassifierSettings settings)
    {
        var candidateLists = new int[examples.Count][];
        Parallel.For(0, examples.Count, i => candidateLists[i] = Candidates(examples[i].Vector, labels[i]));
        var links = examples.Select((_, i) => Links(candidateLists[i], features[i])).ToArray();
        var order = Enumerable.Range(0, examples.Count).ToArray();
        var random = new Random(settings.Seed);
        for (var epoch = 0; epoch < settings.Epochs; epoch++)
        {
            random.Shuffle(order);
            var rate = settings.LearningRate * (1f - (0.9f * epoch / Math.Max(1, settings.Epochs - 1)));
            foreach (var i in order)
            {
                Step(examples[i].Vector, candidateLists[i], labels[i].Length, links[i], rate);
            }

            Shrink(1f - settings.WeightDecay);
        }
    }

    /// <summary>One gradient step of the cross-entropy of one example whose first <paramref name="own"/> candidates are its activities.</summary>
    private void Step(float[] x, int[] candidateClasses, int own, (int Candidate, int Term, int Pair, float Value)[] links, float rate)
    {
        var probabilities = Probabilities(candidateClasses, x, links);
        for (var j = 0; j < candidateClasses.Length; j++)
        {
            probabilities[j] -= j < own ? 1f / own : 0f;
        }

        for (var j = 0; j < candidateClasses.Length; j++)
        {
            var gradient = probabilities[j];
            if (Math.Abs(gradient) < NegligibleGradient)
            {
                continue;
            }

            var c = candidateClasses[j];
            AddScaled(weights.AsSpan(c * dimensions, dimensions), x, -rate * gradient);
            bias[c] -= rate * gradient;
            if (groupOf.Length > 0)
            {
                AddScaled(groupWeights.AsSpan(groupOf[c] * dimensions, dimensions), x, -rate * gradient);
                groupBias[groupOf[c]] -= rate * gradient;
            }
        }

        foreach (var (j, term, pair, value) in links)
        {
            pairWeights[term][pair] -= rate * probabilities[j] * value;
        }
    }

    private void Shrink(float factor)
    {
        Scale(weights, factor);
        Scale(groupWeights, factor);
        foreach (var row in pairWeights)
        {
            Scale(row, factor);
        }
    }

    private static void AddScaled(Span<float> row, ReadOnlySpan<float> x, float factor)
    {
        for (var d = 0; d < row.Length; d++)
        {
            row[d] += factor * x[d];
        }
    }

    private static void Scale(Span<float> row, float factor)
    {
        for (var d = 0; d < row.Length; d++)
        {
            row[d] *= factor;
        }
    }

    /// <summary>The softmax over the candidates' logits.</summary>
    private float[] Probabilities(int[] candidateClasses, float[] x, (int Candidate, int Term, int Pair, float Value)[] links)
    {
        var logits = new float[candidateClasses.Length];
        for (var j = 0; j < candidateClasses.Length; j++)
        {
            var c = candidateClasses[j];
            logits[j] = bias[c] + DenseIndex.Dot(weights.AsSpan(c * dimensions, dimensions), x);
            if (groupOf.Length > 0)
            {
                logits[j] += groupBias[groupOf[c]] + DenseIndex.Dot(groupWeights.AsSpan(groupOf[c] * dimensions, dimensions), x);
            }
        }

        foreach (var (j, term, pair, value) in links)
        {
            logits[j] += value * pairWeights[term][pair];
        }

        var max = logits.Max();
        var sum = 0f;
        for (var j = 0; j < logits.Length; j++)
        {
            logits[j] = MathF.Exp(logits[j] - max);
            sum += logits[j];
        }

        for (var j = 0; j < logits.Length; j++)
        {
            logits[j] /= sum;
        }

        return logits;
    }

    /// <summary>The given activities first, then the <see cref="candidates"/> others whose centroids are most similar to the vector (ties by index).</summary>
    private int[] Candidates(float[] x, int[] own)
    {
        var count = Math.Min(candidates, classes.Length);
        var best = new List<(float Score, int Class)>(count + 1);
        for (var c = 0; c < classes.Length; c++)
        {
            if (Array.IndexOf(own, c) >= 0)
            {
                continue;
            }

            var score = DenseIndex.Dot(centroids.AsSpan(c * dimensions, dimensions), x);
            if (best.Count == count && score <= best[^1].Score)
            {
                continue;
            }

            var at = best.Count;
            while (at > 0 && best[at - 1].Score < score)
            {
                at--;
            }

            best.Insert(at, (score, c));
            if (best.Count > count)
            {
                best.RemoveAt(count);
            }
        }

        return [.. own, .. best.Select(b => b.Class)];
    }

    /// <summary>For each candidate, the text's terms that have a weight for it: (candidate position, term, position of the pair, term weight).</summary>
    private (int Candidate, int Term, int Pair, float Value)[] Links(int[] candidateClasses, (int Term, float Weight)[] features)
    {
        var links = new List<(int, int, int, float)>();
        for (var j = 0; j < candidateClasses.Length; j++)
        {
            foreach (var (term, value) in features)
            {
                var pair = Array.BinarySearch(pairClasses[term], candidateClasses[j]);
                if (pair >= 0)
                {
                    links.Add((j, term, pair, value));
                }
            }
        }

        return [.. links];
    }
}
