namespace RoleModel.Discovery.Training.Model;

/// <summary>One field of a protobuf message: its number, wire type, and where its bytes are (or its varint value).</summary>
/// <param name="Number">The field number.</param>
/// <param name="WireType">The wire type (0 varint, 1 fixed 64-bit, 2 length-delimited, 5 fixed 32-bit).</param>
/// <param name="Start">Where the field's payload starts (for a varint: where its value starts).</param>
/// <param name="End">Where the field's payload ends (for a varint: the same as <paramref name="Start"/>).</param>
/// <param name="Value">The value of a varint field; 0 for the other wire types.</param>
internal readonly record struct ProtobufField(int Number, int WireType, int Start, int End, long Value)
{
    /// <summary>The wire type of a varint.</summary>
    public const int Varint = 0;

    /// <summary>The wire type of a fixed 64-bit value.</summary>
    public const int Fixed64 = 1;

    /// <summary>The wire type of bytes, a string, an embedded message or a packed repeated field.</summary>
    public const int LengthDelimited = 2;

    /// <summary>The wire type of a fixed 32-bit value.</summary>
    public const int Fixed32 = 5;

    /// <summary>Whether the payload is length-delimited bytes.</summary>
    public bool IsBytes => WireType == LengthDelimited;
}

/// <summary>Splits a protobuf message into its fields (the wire format, without a schema).</summary>
internal static class ProtobufFields
{
    /// <summary>The fields of the message in <paramref name="bytes"/>[<paramref name="start"/>..<paramref name="end"/>), in order.</summary>
    /// <exception cref="InvalidDataException">A wire type is unknown or a field runs past the end.</exception>
    public static List<ProtobufField> Read(byte[] bytes, int start, int end)
    {
        var fields = new List<ProtobufField>();
        var p = start;
        while (p < end)
        {
            var key = ReadVarint(bytes, ref p);
            var (number, wireType) = ((int)(key >> 3), (int)(key & 7));
            var field = wireType switch
            {
                ProtobufField.Varint => new ProtobufField(number, wireType, p, p, (long)ReadVarint(bytes, ref p)),
                ProtobufField.Fixed64 => new ProtobufField(number, wireType, p, p + 8, 0),
                ProtobufField.Fixed32 => new ProtobufField(number, wireType, p, p + 4, 0),
                ProtobufField.LengthDelimited => Delimited(bytes, ref p, number),
                _ => throw new InvalidDataException($"The ONNX model has a field of unknown wire type {wireType} at byte {p}."),
            };
            if (field.End > end)
            {
                throw new InvalidDataException($"The ONNX model has a field that runs past the end of its message at byte {field.Start}.");
            }

            p = Math.Max(p, field.End);
            fields.Add(field);
        }

        return fields;
    }

    /// <summary>The varints of a packed repeated field.</summary>
    public static IEnumerable<long> PackedVarints(byte[] bytes, ProtobufField field)
    {
        var values = new List<long>();
        for (var p = field.Start; p < field.End;)
        {
            values.Add((long)ReadVarint(bytes, ref p));
        }

        return values;
    }

    private static ProtobufField Delimited(byte[] bytes, ref int p, int number)
    {
        var length = (long)ReadVarint(bytes, ref p);
        return new ProtobufField(number, ProtobufField.LengthDelimited, p, checked((int)(p + length)), 0);
    }

    private static ulong ReadVarint(byte[] bytes, ref int p)
    {
        ulong value = 0;
        for (var shift = 0; shift < 64; shift += 7)
        {
            if (p >= bytes.Length)
            {
                throw new InvalidDataException("The ONNX model ends inside a number.");
            }

            var b = bytes[p++];
            value |= (ulong)(b & 0x7f) << shift;
            if ((b & 0x80) == 0)
            {
                return value;
            }
        }

        throw new InvalidDataException($"The ONNX model has a number longer than 10 bytes before byte {p}.");
    }
}
