namespace RoleModel.Discovery.Learning;

/// <summary>
/// A listwise linear re-ranker: a candidate's logit is a weighted sum of its features (each standardized by its mean and
/// spread over the training candidates), and the candidates of one list share a softmax. Trained by Newton's method on
/// the cross-entropy of lists whose right candidates share the probability evenly, with a small L2 penalty: the same
/// lists give the same weights (no randomness, sums in list order).
/// </summary>
internal sealed class ActivityReranker
{
    /// <summary>The L2 penalty per training list on the standardized weights.</summary>
    private const double Penalty = 1e-3;

    /// <summary>Newton steps at most; it stops earlier once the loss no longer falls by more than <see cref="Tolerance"/>.</summary>
    private const int MaximumSteps = 30;

    private const double Tolerance = 1e-9;

    private readonly double[] mean;
    private readonly double[] spread;
    private readonly double[] weights;

    private ActivityReranker(double[] mean, double[] spread, double[] weights) => (this.mean, this.spread, this.weights) = (mean, spread, weights);

    /// <summary>The weights of the standardized features.</summary>
    public IReadOnlyList<double> Weights => weights;

    /// <summary>Trains on lists of candidates; null when no list has both a right and a wrong candidate.</summary>
    /// <param name="lists">Per list: each candidate's features (every candidate the same number) and whether it is right.</param>
    public static ActivityReranker? Train(IReadOnlyList<(double[][] Features, bool[] Right)> lists)
    {
        var useful = lists.Where(l => l.Right.Contains(true) && l.Right.Contains(false)).ToList();
        if (useful.Count == 0)
        {
            return null;
        }

        var count = useful[0].Features[0].Length;
        var (mean, spread) = Standardization(useful, count);
        var standardized = useful.Select(l => (Features: l.Features.Select(f => Standardized(f, mean, spread)).ToArray(), l.Right)).ToList();
        var weights = new double[count];
        var penalty = Penalty * useful.Count;
        var loss = Loss(standardized, weights, penalty, out var gradient, out var hessian);
        for (var step = 0; step < MaximumSteps; step++)
        {
            var direction = Solve(hessian, gradient);
            var length = 1.0;
            double[] next;
            double nextLoss;
            double[] nextGradient;
            double[,] nextHessian;
            do
            {
                next = [.. weights.Select((w, k) => w - (length * direction[k]))];
                nextLoss = Loss(standardized, next, penalty, out nextGradient, out nextHessian);
                length /= 2;
            }
            while (nextLoss > loss && length > 1e-6);

            if (nextLoss > loss)
            {
                break;
            }

            var gain = loss - nextLoss;
            (weights, loss, gradient, hessian) = (next, nextLoss, nextGradient, nextHessian);
            if (gain < Tolerance * useful.Count)
            {
                break;
            }
        }

        return new ActivityReranker(mean, spread, weights);
    }

    /// <summary>The probabilities of a list's candidates (the softmax of their logits); they add up to 1.</summary>
    public double[] Probabilities(IReadOnlyList<double[]> features) => Softmax([.. features.Select(f => Logit(Standardized(f, mean, spread), weights))]);

    private static (double[] Mean, double[] Spread) Standardization(List<(double[][] Features, bool[] Right)> lists, int count)
    {
        var mean = new double[count];
        var square = new double[count];
        var n = 0;
        foreach (var (features, _) in lists)
        {
            foreach (var f in features)
            {
                for (var k = 0; k < count; k++)
                {
                    mean[k] += f[k];
                    square[k] += f[k] * f[k];
                }

                n++;
            }
        }

        var spread = new double[count];
        for (var k = 0; k < count; k++)
        {
            mean[k] /= n;
            var variance = (square[k] / n) - (mean[k] * mean[k]);
            spread[k] = variance > 1e-12 ? Math.Sqrt(variance) : 1;
        }

        return (mean, spread);
    }

    private static double[] Standardized(double[] features, double[] mean, double[] spread) =>
        [.. features.Select((f, k) => (f - mean[k]) / spread[k])];

    private static double Logit(double[] features, double[] weights)
    {
        var sum = 0d;
        for (var k = 0; k < weights.Length; k++)
        {
            sum += features[k] * weights[k];
        }

        return sum;
    }

    private static double[] Softmax(double[] logits)
    {
        var max = logits.Max();
        var exp = logits.Select(l => Math.Exp(l - max)).ToArray();
        var sum = exp.Sum();
        return [.. exp.Select(e => e / sum)];
    }

    /// <summary>The penalized cross-entropy summed over the lists, with its gradient and Hessian in the weights.</summary>
    private static double Loss(List<(double[][] Features, bool[] Right)> lists, double[] weights, double penalty, out double[] gradient, out double[,] hessian)
    {
        var count = weights.Length;
        gradient = [.. weights.Select(w => penalty * w)];
        hessian = new double[count, count];
        var loss = 0.5 * penalty * weights.Sum(w => w * w);
        for (var k = 0; k < count; k++)
        {
            hessian[k, k] = penalty;
        }

        foreach (var (features, right) in lists)
        {
            var p = Softmax([.. features.Select(f => Logit(f, weights))]);
            var share = 1.0 / right.Count(r => r);
            var expected = new double[count];
            for (var j = 0; j < features.Length; j++)
            {
                var target = right[j] ? share : 0;
                if (right[j])
                {
                    loss -= share * Math.Log(Math.Max(p[j], 1e-300));
                }

                for (var k = 0; k < count; k++)
                {
                    gradient[k] += (p[j] - target) * features[j][k];
                    expected[k] += p[j] * features[j][k];
                    for (var l = 0; l <= k; l++)
                    {
                        hessian[k, l] += p[j] * features[j][k] * features[j][l];
                    }
                }
            }

            for (var k = 0; k < count; k++)
            {
                for (var l = 0; l <= k; l++)
                {
                    hessian[k, l] -= expected[k] * expected[l];
                }
            }
        }

        for (var k = 0; k < count; k++)
        {
            for (var l = k + 1; l < count; l++)
            {
                hessian[k, l] = hessian[l, k];
            }
        }

        return loss;
    }

    /// <summary>Solves H x = g for a symmetric positive definite H (Cholesky).</summary>
    private static double[] Solve(double[,] h, double[] g)
    {
        var n = g.Length;
        var lower = new double[n, n];
        for (var i = 0; i < n; i++)
        {
            for (var j = 0; j <= i; j++)
            {
                var sum = h[i, j];
                for (var k = 0; k < j; k++)
                {
                    sum -= lower[i, k] * lower[j, k];
                }

                lower[i, j] = i == j ? Math.Sqrt(Math.Max(sum, 1e-12)) : sum / lower[j, j];
            }
        }

        var y = new double[n];
        for (var i = 0; i < n; i++)
        {
            var sum = g[i];
            for (var k = 0; k < i; k++)
            {
                sum -= lower[i, k] * y[k];
            }

            y[i] = sum / lower[i, i];
        }

        var x = new double[n];
        for (var i = n - 1; i >= 0; i--)
        {
            var sum = y[i];
            for (var k = i + 1; k < n; k++)
            {
                sum -= lower[k, i] * x[k];
            }

            x[i] = sum / lower[i, i];
        }

        return x;
    }
}
