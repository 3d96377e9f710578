using System.Globalization;
using System.Text;

namespace RoleModel.Tests.Serialization.Contract;

/// <summary>
/// Generates strings that match a regular expression of the schema, for the subset of ECMA-262 the schema uses:
/// anchors, literals, escapes (<c>\t \n \f \r \. \uXXXX \s \S</c>), character classes with ranges and negation,
/// groups with alternatives, and the quantifiers <c>? * + {n} {n,m}</c>. A negated class draws from a pool of
/// characters chosen to probe the edges (white space of both dialects, non-ASCII letters, a surrogate pair).
/// </summary>
internal sealed class PatternStrings(Random random)
{
    /// <summary>Candidates for negated classes and <c>[\s\S]</c>: ASCII, Latin, CJK, an emoji (a surrogate pair) and every kind of white space.</summary>
    private static readonly string[] Pool =
    [
        "a", "Z", "7", "-", "_", ".", ":", "/", "é", "ß", "中", "😀", "\"", "\\", "'",
        " ", "\t", "\n", "\u000B", "\f", "\r", "\u0085", "\u00A0", "\u1680", "\u2000", "\u2009", "\u200A", "\u2028",
        "\u2029", "\u202F", "\u205F", "\u3000", "\uFEFF", "\u200B", "\u180E",
    ];

    internal string Generate(string pattern)
    {
        var position = 0;
        var node = ParseAlternatives(pattern, ref position);
        if (position != pattern.Length)
        {
            throw new NotSupportedException($"Pattern '{pattern}' has an unsupported construct at {position}.");
        }

        var text = new StringBuilder();
        node(text);
        return text.ToString();
    }

    private Action<StringBuilder> ParseAlternatives(string p, ref int i)
    {
        var branches = new List<List<Action<StringBuilder>>> { new() };
        while (i < p.Length && p[i] != ')')
        {
            if (p[i] == '|')
            {
                branches.Add([]);
                i++;
                continue;
            }

            var atom = ParseAtom(p, ref i);
            branches[^1].Add(Quantified(atom, p, ref i));
        }

        return text =>
        {
            foreach (var part in branches[random.Next(branches.Count)])
            {
                part(text);
            }
        };
    }

    private Action<StringBuilder> ParseAtom(string p, ref int i)
    {
        var c = p[i++];
        switch (c)
        {
            case '^' or '$':
                return _ => { };
            case '(':
                var inner = ParseAlternatives(p, ref i);
                i++; // ')'
                return inner;
            case '[':
                var set = ParseClass(p, ref i);
                return text => text.Append(set());
            case '\\':
                var escaped = Escape(p, ref i);
                return text => text.Append(escaped());
            case '.':
                return text => text.Append(Pick(s => s is not ("\n" or "\r" or "\u2028" or "\u2029")));
            default:
                return text => text.Append(c);
        }
    }

    private Action<StringBuilder> Quantified(Action<StringBuilder> atom, string p, ref int i)
    {
        if (i >= p.Length)
        {
            return atom;
        }

        (int Min, int Max)? range = p[i] switch
        {
            '?' => (0, 1),
            '*' => (0, 4),
            '+' => (1, 4),
            _ => null,
        };
        if (range is null && p[i] == '{')
        {
            var close = p.IndexOf('}', i);
            var parts = p[(i + 1)..close].Split(',');
            var min = int.Parse(parts[0], CultureInfo.InvariantCulture);
            var max = parts.Length == 1 ? min : parts[1].Length == 0 ? min + 4 : int.Parse(parts[1], CultureInfo.InvariantCulture);
            range = (min, max);
            i = close;
        }

        if (range is not { } r)
        {
            return atom;
        }

        i++;
        return text =>
        {
            var count = random.Next(r.Min, r.Max + 1);
            for (var n = 0; n < count; n++)
            {
                atom(text);
            }
        };
    }

    /// <summary>A class such as <c>[0-9]</c>, <c>[^ \t]</c> or <c>[\s\S]</c>; returns a generator of one member.</summary>
    private Func<string> ParseClass(string p, ref int i)
    {
        var negated = p[i] == '^';
        if (negated)
        {
            i++;
        }

        var members = new List<Func<string, bool>>();
        var literal = new List<(char From, char To)>();
        while (p[i] != ']')
        {
            char from;
            if (p[i] == '\\')
            {
                i++;
                var e = p[i];
                if (e is 's' or 'S')
                {
                    i++;
                    members.Add(e == 's' ? IsEcmaSpace : s => !IsEcmaSpace(s));
                    continue;
                }

                from = EscapedChar(p, ref i);
            }
            else
            {
                from = p[i++];
            }

            var to = from;
            if (p[i] == '-' && p[i + 1] != ']')
            {
                i++;
                if (p[i] == '\\')
                {
                    i++;
                    to = EscapedChar(p, ref i);
                }
                else
                {
                    to = p[i++];
                }
            }

            literal.Add((from, to));
        }

        i++;
        bool Contains(string s) => members.Any(m => m(s)) || (s.Length == 1 && literal.Any(r => s[0] >= r.From && s[0] <= r.To));
        if (negated || members.Count > 0)
        {
            return () => Pick(s => Contains(s) != negated);
        }

        return () =>
        {
            var (from, to) = literal[random.Next(literal.Count)];
            return ((char)random.Next(from, to + 1)).ToString();
        };
    }

    private Func<string> Escape(string p, ref int i)
    {
        var e = p[i];
        if (e is 's' or 'S')
        {
            i++;
            return () => Pick(s => IsEcmaSpace(s) == (e == 's'));
        }

        var c = EscapedChar(p, ref i);
        return () => c.ToString();
    }

    private static char EscapedChar(string p, ref int i)
    {
        var e = p[i++];
        switch (e)
        {
            case 't': return '\t';
            case 'n': return '\n';
            case 'f': return '\f';
            case 'r': return '\r';
            case 'u':
                var code = (char)int.Parse(p.AsSpan(i, 4), NumberStyles.HexNumber, CultureInfo.InvariantCulture);
                i += 4;
                return code;
            default:
                if (char.IsLetterOrDigit(e))
                {
                    throw new NotSupportedException($"Escape \\{e} is not supported.");
                }

                return e;
        }
    }

    /// <summary>ECMA-262 <c>\s</c>: WhiteSpace and LineTerminator.</summary>
    internal static bool IsEcmaSpace(string s) =>
        s.Length == 1 && (s[0] is '\t' or '\n' or '\u000B' or '\f' or '\r' or ' ' or '\u00A0' or '\u1680' or '\u2028' or '\u2029' or '\u202F' or '\u205F' or '\u3000' or '\uFEFF'
            || (s[0] >= '\u2000' && s[0] <= '\u200A'));

    private string Pick(Func<string, bool> allowed)
    {
        var candidates = Pool.Where(allowed).ToArray();
        return candidates[random.Next(candidates.Length)];
    }
}
