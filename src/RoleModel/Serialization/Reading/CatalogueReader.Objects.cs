using System.Text.Json;
using RoleModel.Validation;

namespace RoleModel.Serialization.Reading;

/// <summary>Objects: opening one, walking its members, keeping its unknown members, and skipping values.</summary>
internal sealed partial class CatalogueReader
{
    /// <summary>The deepest nesting of arrays and objects a document may have.</summary>
    internal const int MaxDepth = 64;

    private long[] offsets = new long[256];
    private int offsetTop;
    private readonly List<Frame> frames = [];
    private readonly UnknownValues unknownValues = new();

    /// <summary>The unknown members (name, index of the kept value) of the objects being read, innermost last.</summary>
    private readonly List<KeyValuePair<string, int>> unknownMembers = [];

    /// <summary>Starts an object; the reader is at its opening brace.</summary>
    private ObjectState Open(ref Utf8JsonReader reader, KnownMembers members)
    {
        var state = new ObjectState(members, reader.TokenStartIndex, offsetTop, unknownMembers.Count);
        offsetTop += members.Count;
        if (offsetTop > offsets.Length)
        {
            Array.Resize(ref offsets, Math.Max(offsets.Length * 2, offsetTop));
        }

        return state;
    }

    /// <summary>The byte offset of a known member's value, or of the object when the member is not there.</summary>
    private long OffsetOf(in ObjectState state, int member) =>
        (state.Seen & (1u << member)) != 0 ? offsets[state.OffsetBase + member] : state.Start;

    /// <summary>
    /// Moves to the next known member and enters its path; false at the end of the object. Unknown members are
    /// kept on the way, repeated members reported and skipped. A null value is handed on like any other: the
    /// member's reader refuses it as a value of the wrong type, unless null is a value the format defines there
    /// (a change's <c>template</c>). Null never means "absent" (docs/format.md, Conventions).
    /// </summary>
    private bool NextMember(ref Utf8JsonReader reader, ref ObjectState state, out int member)
    {
        while (true)
        {
            reader.Read();
            if (reader.TokenType == JsonTokenType.EndObject)
            {
                member = -1;
                return false;
            }

            var nameStart = reader.TokenStartIndex;
            member = state.Members.IndexOf(ref reader);
            if (member < 0)
            {
                KeepUnknown(ref reader, ref state, nameStart);
                continue;
            }

            var name = state.Members[member];
            var bit = 1u << member;
            reader.Read();
            if ((state.Seen & bit) != 0)
            {
                Duplicate(ref reader, name, nameStart);
                continue;
            }

            state.Seen |= bit;
            offsets[state.OffsetBase + member] = reader.TokenStartIndex;
            state.Present |= bit;
            path.Push(name);
            return true;
        }
    }

    /// <summary>Keeps an unknown member, losslessly, once its value is checked (duplicates, depth).</summary>
    private void KeepUnknown(ref Utf8JsonReader reader, ref ObjectState state, long nameStart)
    {
        var name = Pooled(ref reader) ?? Name(ref reader);
        reader.Read();
        if (name is null)
        {
            SkipValue(ref reader);
            return;
        }

        foreach (var (known, _) in UnknownOf(state))
        {
            if (string.Equals(known, name, StringComparison.Ordinal))
            {
                Duplicate(ref reader, name, nameStart);
                return;
            }
        }

        if (!MemberSuggestion.IsExtension(name))
        {
            WarnUnknown(state, name, nameStart);
        }

        path.Push(name);
        if (Keep(ref reader) is { } index)
        {
            unknownMembers.Add(new(name, index));
        }

        path.Pop();
    }

    /// <summary>
    /// Copies the value at the reader into the kept unknown values once it is checked (repeated members,
    /// depth, lone surrogates); its index among them, or null when it has a problem (reported).
    /// </summary>
    private int? Keep(ref Utf8JsonReader reader)
    {
        var mark = unknownValues.Mark;
        if (CheckValue(ref reader, keep: true))
        {
            return unknownValues.Commit();
        }

        unknownValues.Rollback(mark);
        return null;
    }

    /// <summary>Warns of an unknown member that is not in an extension namespace, with the closest known member.</summary>
    private void WarnUnknown(in ObjectState state, string name, long nameStart)
    {
        var closest = MemberSuggestion.Closest(name, state.Members.Names);
        var message = closest is null
            ? ProblemMessage.Of("UnknownMember.Kept", name, path.Render())
            : ProblemMessage.Of("UnknownMember.Suggestion", name, path.Render(), closest);
        Report(ProblemCodes.UnknownMember, nameStart, message, name, ProblemSeverity.Warning);
    }

    private void Duplicate(ref Utf8JsonReader reader, string name, long nameStart)
    {
        Report(ProblemCodes.DuplicateMember, nameStart, ProblemMessage.Of("DuplicateMember", name), name);
        SkipValue(ref reader);
    }

    /// <summary>A member name, or null (reported) when it holds an escaped lone surrogate.</summary>
    private string? Name(ref Utf8JsonReader reader)
    {
        try
        {
            return reader.GetString()!;
        }
        catch (InvalidOperationException)
        {
            Report(ProblemCodes.JsonSyntax, reader.TokenStartIndex, ProblemMessage.Of("LoneSurrogate.MemberName"));
            return null;
        }
    }

    /// <summary>Reports a value of the wrong type at the current path and skips it.</summary>
    private void WrongType(ref Utf8JsonReader reader, string expected)
    {
        Report(ProblemCodes.WrongType, reader.TokenStartIndex, Shapes.Expected(expected, reader.TokenType));
        SkipValue(ref reader);
    }

    /// <summary>Moves past the value at the reader, still reporting repeated members and excessive depth in it.</summary>
    private void SkipValue(ref Utf8JsonReader reader) => CheckValue(ref reader);

    /// <summary>
    /// Walks the value at the reader to its end, reporting repeated members and nesting deeper than
    /// <see cref="MaxDepth"/> with their paths; true when it has neither. With <paramref name="keep"/>, also
    /// copies the value into the kept unknown values and reports strings with lone surrogates.
    /// </summary>
    private bool CheckValue(ref Utf8JsonReader reader, bool keep = false)
    {
        if (reader.TokenType is not (JsonTokenType.StartObject or JsonTokenType.StartArray))
        {
            return !keep || Primitive(ref reader);
        }

        var bottom = frames.Count;
        if (!Enter(ref reader))
        {
            return false;
        }

        var ok = true;
        if (keep)
        {
            unknownValues.Copy(ref reader);
        }

        while (frames.Count > bottom)
        {
            reader.Read();
            var top = frames[^1];
            switch (reader.TokenType)
            {
                case JsonTokenType.EndObject or JsonTokenType.EndArray:
                    CopyToken(ref reader, keep, ref ok);
                    frames.RemoveAt(frames.Count - 1);
                    if (frames.Count > bottom)
                    {
                        path.Pop(); // the segment of a nested container stays until its end
                    }

                    break;
                case JsonTokenType.PropertyName:
                    var nameStart = reader.TokenStartIndex;
                    var name = Name(ref reader);
                    CopyToken(ref reader, keep && name is not null, ref ok);
                    reader.Read();
                    if (name is null || !top.Add(name))
                    {
                        if (name is not null)
                        {
                            path.Push(name);
                            Report(ProblemCodes.DuplicateMember, nameStart, ProblemMessage.Of("DuplicateMember", name));
                            path.Pop();
                        }

                        ok = false;
                        reader.Skip();
                        break;
                    }

                    path.Push(name);
                    CopyToken(ref reader, keep, ref ok);
                    ok &= Value(ref reader);
                    break;
                default:
                    path.Push(top.Index++);
                    CopyToken(ref reader, keep, ref ok);
                    ok &= Value(ref reader);
                    break;
            }
        }

        return ok;
    }

    /// <summary>
    /// While a value is kept and has no problem so far, copies the token at the reader into the kept unknown
    /// values; a string value with a lone surrogate is reported (at the current path) and makes the value a
    /// problem.
    /// </summary>
    private void CopyToken(ref Utf8JsonReader reader, bool keep, ref bool ok)
    {
        if (!keep)
        {
            return;
        }

        if (reader.TokenType == JsonTokenType.String && !IsText(ref reader))
        {
            ok = false;
        }
        else if (ok)
        {
            unknownValues.Copy(ref reader);
        }
    }

    /// <summary>Copies a kept primitive value; false (reported) when it is a string with a lone surrogate.</summary>
    private bool Primitive(ref Utf8JsonReader reader)
    {
        var ok = true;
        CopyToken(ref reader, keep: true, ref ok);
        return ok;
    }

    /// <summary>
    /// Whether the string value at the reader is text; one with an escaped lone surrogate is reported: the
    /// writer could not write it, and lone surrogates are refused everywhere. Only escaped strings are decoded.
    /// </summary>
    private bool IsText(ref Utf8JsonReader reader)
    {
        if (!reader.ValueIsEscaped)
        {
            return true;
        }

        try
        {
            _ = reader.GetString();
            return true;
        }
        catch (InvalidOperationException)
        {
            Report(ProblemCodes.JsonSyntax, reader.TokenStartIndex, ProblemMessage.Of("LoneSurrogate.Example"));
            return false;
        }
    }

    /// <summary>A value inside a walked value: a container is entered (its path segment stays until its end), a primitive done.</summary>
    private bool Value(ref Utf8JsonReader reader)
    {
        if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray)
        {
            if (Enter(ref reader))
            {
                return true;
            }

            path.Pop();
            return false;
        }

        path.Pop();
        return true;
    }

    /// <summary>Enters a container, or reports it as too deep and skips it.</summary>
    private bool Enter(ref Utf8JsonReader reader)
    {
        if (reader.CurrentDepth >= MaxDepth)
        {
            Report(ProblemCodes.TooDeep, reader.TokenStartIndex, ProblemMessage.Of("TooDeep", MaxDepth));
            reader.Skip();
            return false;
        }

        // Frames are reused by depth: walking the unknown members of a large document allocates few of them.
        var depth = frames.Count;
        if (framePool.Count == depth)
        {
            framePool.Add(new Frame());
        }

        frames.Add(framePool[depth].Reset());
        return true;
    }

    private readonly List<Frame> framePool = [];

    /// <summary>An array or object inside a walked value: the next index, or the member names seen.</summary>
    private sealed class Frame
    {
        private string? first;
        private HashSet<string>? names;

        internal int Index { get; set; }

        internal Frame Reset()
        {
            Index = 0;
            first = null;
            names?.Clear();
            return this;
        }

        /// <summary>Adds a member name; false when the object already has it.</summary>
        internal bool Add(string name)
        {
            if (first is null)
            {
                first = name;
                return true;
            }

            if (names is null || names.Count == 0)
            {
                if (string.Equals(first, name, StringComparison.Ordinal))
                {
                    return false;
                }

                (names ??= new(StringComparer.Ordinal)).Add(first);
            }

            return names.Add(name);
        }
    }
}
