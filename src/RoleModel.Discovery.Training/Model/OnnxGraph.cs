using System.Runtime.InteropServices;
using System.Text;

namespace RoleModel.Discovery.Training.Model;

/// <summary>
/// What the tool needs of an ONNX model file: the graph's 32-bit float initializers and, per node, its operator and the
/// names of its inputs and outputs. Read straight from the protobuf wire format (no protobuf library needed for these
/// few fields of <c>ModelProto.graph</c>, <c>GraphProto.node</c>/<c>initializer</c> and <c>TensorProto</c>).
/// </summary>
internal sealed class OnnxGraph
{
    private const int FloatType = 1;

    private OnnxGraph(Dictionary<string, OnnxTensor> initializers, List<OnnxNode> nodes) => (Initializers, Nodes) = (initializers, nodes);

    /// <summary>The float initializers by name, in the order of the file.</summary>
    public IReadOnlyDictionary<string, OnnxTensor> Initializers { get; }

    /// <summary>The nodes, in the order of the file.</summary>
    public IReadOnlyList<OnnxNode> Nodes { get; }

    /// <summary>Reads the graph of a serialized <c>ModelProto</c>.</summary>
    /// <exception cref="InvalidDataException">The bytes are not a protobuf message this reader understands.</exception>
    public static OnnxGraph Read(byte[] model)
    {
        var initializers = new Dictionary<string, OnnxTensor>(StringComparer.Ordinal);
        var nodes = new List<OnnxNode>();
        foreach (var graph in ProtobufFields.Read(model, 0, model.Length).Where(f => f.Number == 7 && f.IsBytes))
        {
            foreach (var field in ProtobufFields.Read(model, graph.Start, graph.End).Where(f => f.IsBytes))
            {
                if (field.Number == 1)
                {
                    nodes.Add(ReadNode(model, field));
                }
                else if (field.Number == 5 && ReadTensor(model, field) is { } tensor)
                {
                    initializers.Add(tensor.Name, tensor);
                }
            }
        }

        return new OnnxGraph(initializers, nodes);
    }

    private static OnnxNode ReadNode(byte[] model, ProtobufField node)
    {
        var (inputs, outputs, op) = (new List<string>(), new List<string>(), "");
        foreach (var field in ProtobufFields.Read(model, node.Start, node.End).Where(f => f.IsBytes))
        {
            var text = Encoding.UTF8.GetString(model, field.Start, field.End - field.Start);
            switch (field.Number)
            {
                case 1: inputs.Add(text); break;
                case 2: outputs.Add(text); break;
                case 4: op = text; break;
            }
        }

        return new OnnxNode(op, inputs, outputs);
    }

    /// <summary>The tensor if it holds 32-bit floats (raw or packed), else null.</summary>
    private static OnnxTensor? ReadTensor(byte[] model, ProtobufField tensor)
    {
        var (dimensions, values, type, name) = (new List<long>(), Array.Empty<float>(), 0L, "");
        foreach (var field in ProtobufFields.Read(model, tensor.Start, tensor.End))
        {
            switch (field.Number)
            {
                case 1 when field.IsBytes: dimensions.AddRange(ProtobufFields.PackedVarints(model, field)); break;
                case 1: dimensions.Add(field.Value); break;
                case 2: type = field.Value; break;
                case 4 when field.WireType is ProtobufField.LengthDelimited or ProtobufField.Fixed32: values = [.. values, .. Floats(model, field)]; break;
                case 8: name = Encoding.UTF8.GetString(model, field.Start, field.End - field.Start); break;
                case 9: values = [.. values, .. Floats(model, field)]; break;
            }
        }

        return type == FloatType ? new OnnxTensor(name, [.. dimensions], values) : null;
    }

    /// <summary>The little-endian floats of a field (ONNX stores them so; this tool runs on little-endian machines).</summary>
    private static float[] Floats(byte[] model, ProtobufField field) =>
        MemoryMarshal.Cast<byte, float>(model.AsSpan(field.Start, field.End - field.Start)).ToArray();
}

/// <summary>An ONNX initializer of 32-bit floats: its name, dimensions and values in row-major order.</summary>
internal sealed record OnnxTensor(string Name, long[] Dimensions, float[] Values);

/// <summary>An ONNX graph node: its operator type and the names of its inputs and outputs.</summary>
internal sealed record OnnxNode(string Operator, IReadOnlyList<string> Inputs, IReadOnlyList<string> Outputs);
