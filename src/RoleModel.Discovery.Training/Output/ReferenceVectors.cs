using System.Text.Json;
using System.Text.Json.Serialization;

namespace RoleModel.Discovery.Training.Output;

/// <summary>
/// The sentence vectors the training program computes, in 32-bit floats, for a few fixed O*NET texts: the reference
/// against which RoleModel.Discovery.Tests checks that the product, running the half-precision resource in ONNX
/// Runtime, embeds as the trained network does (<c>tests/RoleModel.Discovery.Tests/Data/task-tuned-reference.json</c>).
/// The file is one JSON object, each text a member whose value is its vector.
/// </summary>
internal static class ReferenceVectors
{
    /// <summary>The texts: the first two task statements of O*NET 29.3 (Chief Executives).</summary>
    public static IReadOnlyList<string> Texts { get; } =
    [
        "Prepare budgets for approval, including those for funding or implementation of programs.",
        "Confer with board members, organization officials, or staff members to discuss issues, coordinate activities, or resolve problems.",
    ];

    /// <summary>Writes the vectors of <paramref name="texts"/> through a temporary file beside <paramref name="path"/>, so that a failed run leaves no half-written file.</summary>
    /// <exception cref="ArgumentException">The number of vectors differs from the number of texts, or a text is given twice.</exception>
    public static void Write(string path, IReadOnlyList<string> texts, IReadOnlyList<float[]> vectors)
    {
        if (texts.Count != vectors.Count)
        {
            throw new ArgumentException($"There are {vectors.Count} vectors for {texts.Count} texts.", nameof(vectors));
        }

        var members = new Dictionary<string, float[]>(StringComparer.Ordinal);
        for (var i = 0; i < texts.Count; i++)
        {
            if (!members.TryAdd(texts[i], vectors[i]))
            {
                throw new ArgumentException($"The text '{texts[i]}' is given twice.", nameof(texts));
            }
        }

        var json = JsonSerializer.SerializeToUtf8Bytes(members, ReferenceVectorsJson.Default.DictionaryStringSingleArray);
        WrittenThrough.Temporary(path, temporary =>
        {
            File.WriteAllBytes(temporary, json);
            return json.Length;
        });
    }
}

/// <summary>The source-generated serializer of <see cref="ReferenceVectors"/>.</summary>
[JsonSerializable(typeof(Dictionary<string, float[]>))]
internal sealed partial class ReferenceVectorsJson : JsonSerializerContext;
