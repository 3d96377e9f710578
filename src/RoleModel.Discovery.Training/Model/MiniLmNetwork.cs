using static TorchSharp.torch;

namespace RoleModel.Discovery.Training.Model;

/// <summary>
/// all-MiniLM-L6-v2 (BERT: 6 layers, 384 wide, 12 attention heads, GELU, layer norm after each block) rebuilt in
/// TorchSharp on the ONNX model's own initializers, so that what is trained starts from exactly what the product runs.
/// </summary>
/// <remarks>
/// Linear weights stay in the ONNX layout <c>[in, out]</c> (computed as <c>x.matmul(W) + b</c>) and are known by the
/// name PyTorch gives them (<c>encoder.layer.5.attention.self.query.weight</c>); <see cref="OnnxName"/> maps such a
/// name back to the initializer's name in the ONNX file (a number in this export), which is what the product replaces.
/// </remarks>
internal sealed class MiniLmNetwork
{
    /// <summary>The width of the hidden states.</summary>
    public const int Hidden = 384;

    /// <summary>The number of transformer layers.</summary>
    public const int LayerCount = 6;

    private const int Heads = 12;

    private readonly Dictionary<string, Tensor> weights;
    private readonly Dictionary<string, string> onnxNames;

    private MiniLmNetwork(Dictionary<string, Tensor> weights, Dictionary<string, string> onnxNames) =>
        (this.weights, this.onnxNames) = (weights, onnxNames);

    /// <summary>Builds the network from the float initializers of the ONNX model.</summary>
    /// <exception cref="InvalidDataException">A matrix product by a weight is not followed by the addition of a bias named <c>*.bias</c>.</exception>
    public static MiniLmNetwork FromOnnx(OnnxGraph graph)
    {
        var weights = graph.Initializers.Values.ToDictionary(t => t.Name, t => tensor(t.Values, t.Dimensions), StringComparer.Ordinal);
        var onnxNames = new Dictionary<string, string>(StringComparer.Ordinal);

        // A MatMul by an initializer is followed by an Add of a named bias: the weight takes the bias's name.
        foreach (var product in graph.Nodes.Where(n => n.Operator == "MatMul" && graph.Initializers.ContainsKey(n.Inputs[1])))
        {
            var add = graph.Nodes.First(n => n.Operator == "Add" && n.Inputs.Contains(product.Outputs[0]));
            var bias = add.Inputs.First(i => i != product.Outputs[0]);
            if (!bias.EndsWith(".bias", StringComparison.Ordinal))
            {
                throw new InvalidDataException($"The ONNX model multiplies by '{product.Inputs[1]}' and then adds '{bias}', which is not named as a bias.");
            }

            var name = bias[..^".bias".Length] + ".weight";
            onnxNames[name] = product.Inputs[1];
            weights[name] = weights[product.Inputs[1]];
            weights.Remove(product.Inputs[1]);
        }

        return new MiniLmNetwork(weights, onnxNames);
    }

    /// <summary>The name of a weight in the ONNX file (the same as <paramref name="name"/> unless it is a renamed linear weight).</summary>
    public string OnnxName(string name) => onnxNames.GetValueOrDefault(name, name);

    /// <summary>The current value of a weight.</summary>
    public Tensor Weight(string name) => weights[name];

    /// <summary>The names of the weights of transformer layer <paramref name="layer"/>, in ordinal order.</summary>
    public IEnumerable<string> LayerWeightNames(int layer) =>
        weights.Keys.Where(k => k.StartsWith($"encoder.layer.{layer}.", StringComparison.Ordinal)).Order(StringComparer.Ordinal);

    /// <summary>Replaces each named weight by a trainable copy of it and returns the copies, in the order given.</summary>
    public List<TorchSharp.Modules.Parameter> MakeTrainable(IEnumerable<string> names)
    {
        var parameters = new List<TorchSharp.Modules.Parameter>();
        foreach (var name in names)
        {
            var parameter = new TorchSharp.Modules.Parameter(weights[name].clone(), requires_grad: true);
            weights[name] = parameter;
            parameters.Add(parameter);
        }

        return parameters;
    }

    /// <summary>The embedding layer and its layer norm. <paramref name="ids"/> and <paramref name="types"/>: [batch, tokens] int64.</summary>
    public Tensor Embed(Tensor ids, Tensor types)
    {
        var tokens = ids.shape[1];
        var positions = arange(tokens, dtype: ScalarType.Int64);
        var sum = weights["embeddings.word_embeddings.weight"].index_select(0, ids.flatten()).view(ids.shape[0], tokens, Hidden)
            + weights["embeddings.token_type_embeddings.weight"].index_select(0, types.flatten()).view(ids.shape[0], tokens, Hidden)
            + weights["embeddings.position_embeddings.weight"].index_select(0, positions).unsqueeze(0);
        return LayerNorm(sum, "embeddings.LayerNorm");
    }

    /// <summary>Runs transformer layers <paramref name="from"/> up to (not including) <paramref name="to"/>; <paramref name="mask"/>: [batch, tokens], 1 for a token, 0 for padding.</summary>
    public Tensor Layers(Tensor hidden, Tensor mask, int from, int to)
    {
        var additiveMask = ((1.0f - mask.to_type(ScalarType.Float32)) * -10000.0f).unsqueeze(1).unsqueeze(1);
        for (var i = from; i < to; i++)
        {
            hidden = Layer(i, hidden, additiveMask);
        }

        return hidden;
    }

    /// <summary>The sentence vectors of <paramref name="texts"/> with the network's current weights, in 32-bit floats: what the product's encoder should give.</summary>
    public float[][] Encode(IReadOnlyList<string> texts)
    {
        using var scope = NewDisposeScope();
        using var noGradients = no_grad();
        var (ids, mask, types) = MiniLmTokens.Batch(texts);
        var vectors = Pool(Layers(Embed(ids, types), mask, 0, LayerCount), mask);
        return [.. Enumerable.Range(0, texts.Count).Select(i => vectors[i].data<float>().ToArray())];
    }

    /// <summary>The sentence vector: the mean of the hidden states over the mask, scaled to unit length.</summary>
    public static Tensor Pool(Tensor hidden, Tensor mask)
    {
        var weight = mask.to_type(ScalarType.Float32).unsqueeze(-1);
        var mean = (hidden * weight).sum(1) / weight.sum(1).clamp_min(1e-9);
        return nn.functional.normalize(mean, p: 2, dim: 1);
    }

    private Tensor Layer(int i, Tensor hidden, Tensor additiveMask)
    {
        var prefix = $"encoder.layer.{i}.";
        long batch = hidden.shape[0], tokens = hidden.shape[1];
        Tensor Linear(Tensor x, string name) => x.matmul(weights[prefix + name + ".weight"]) + weights[prefix + name + ".bias"];
        Tensor SplitHeads(Tensor x) => x.view(batch, tokens, Heads, Hidden / Heads).transpose(1, 2);

        var query = SplitHeads(Linear(hidden, "attention.self.query"));
        var key = SplitHeads(Linear(hidden, "attention.self.key"));
        var value = SplitHeads(Linear(hidden, "attention.self.value"));
        var scores = (query.matmul(key.transpose(2, 3)) / MathF.Sqrt(Hidden / Heads)) + additiveMask;
        var context = scores.softmax(-1).matmul(value).transpose(1, 2).contiguous().view(batch, tokens, Hidden);
        var attended = LayerNorm(Linear(context, "attention.output.dense") + hidden, prefix + "attention.output.LayerNorm");
        var intermediate = nn.functional.gelu(Linear(attended, "intermediate.dense"));
        return LayerNorm(Linear(intermediate, "output.dense") + attended, prefix + "output.LayerNorm");
    }

    private Tensor LayerNorm(Tensor x, string name) =>
        nn.functional.layer_norm(x, [Hidden], weights[name + ".weight"], weights[name + ".bias"], 1e-12);
}
