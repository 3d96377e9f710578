using System.Text.Json;

namespace RoleModel.Serialization.Reading;

/// <summary>A framework's scale mappings (format 1.1): which level of one scale counts as which level of another.</summary>
internal sealed partial class CatalogueReader
{
    private readonly ItemReader<Analysis.ScaleMapping> readScaleMapping;

    private Analysis.ScaleMapping? ScaleMapping(ref Utf8JsonReader reader)
    {
        var state = Open(ref reader, ScaleMappingMembers.Table);
        using var release = Release(state);
        string? source = null, target = null;
        Dictionary<string, string>? levels = null;
        while (NextMember(ref reader, ref state, out var member))
        {
            switch (member)
            {
                case ScaleMappingMembers.SourceScale: source = Identifier(ref reader, ref state, member); break;
                case ScaleMappingMembers.TargetScale: target = Identifier(ref reader, ref state, member); break;
                default: levels = LevelCorrespondences(ref reader, ref state, member); break;
            }

            path.Pop();
        }

        source = Required(state, source, ScaleMappingMembers.SourceScale);
        target = Required(state, target, ScaleMappingMembers.TargetScale);
        if (levels is null && !state.IsBroken(ScaleMappingMembers.Levels))
        {
            Missing(state, ScaleMappingMembers.Levels);
        }

        if (source is null || target is null || levels is null || state.Broken != 0)
        {
            return null;
        }

        try
        {
            return new Analysis.ScaleMapping(source, target, levels, Extensions(state));
        }
        catch (ArgumentException e)
        {
            Invalid(state, e, e.ParamName switch
            {
                "levels" => ScaleMappingMembers.Levels,
                "sourceScaleId" => ScaleMappingMembers.SourceScale,
                _ => ScaleMappingMembers.TargetScale,
            });
            return null;
        }
    }

    /// <summary>The <c>levels</c> object: source level code to target level code; null when it has a problem.</summary>
    private Dictionary<string, string>? LevelCorrespondences(ref Utf8JsonReader reader, ref ObjectState state, int member)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            WrongType(ref reader, Shapes.LevelCorrespondences);
            state.Break(member);
            return null;
        }

        var levels = new Dictionary<string, string>(StringComparer.Ordinal);
        var ok = true;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var nameStart = reader.TokenStartIndex;
            var code = Name(ref reader);
            reader.Read();
            if (code is null || levels.ContainsKey(code))
            {
                if (code is not null)
                {
                    Duplicate(ref reader, code, nameStart);
                }
                else
                {
                    SkipValue(ref reader);
                }

                ok = false;
                continue;
            }

            path.Push(code);
            if (reader.TokenType == JsonTokenType.String && StringValue(ref reader) is { } value)
            {
                levels.Add(code, value);
            }
            else
            {
                if (reader.TokenType != JsonTokenType.String)
                {
                    WrongType(ref reader, Shapes.LevelCode);
                }

                ok = false;
            }

            path.Pop();
        }

        if (!ok)
        {
            state.Break(member);
            return null;
        }

        return levels;
    }

    private static class ScaleMappingMembers
    {
        internal const int SourceScale = 0, TargetScale = 1, Levels = 2;
        internal static readonly KnownMembers Table = new("sourceScale", "targetScale", "levels");
    }
}
