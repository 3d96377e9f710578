using System.Globalization;
using RoleModel.Validation;

namespace RoleModel.Serialization;

/// <summary>
/// The <c>schemaVersion</c> of a document: <c>major.minor</c>. This library reads every 1.x document (members a
/// newer minor version adds are kept as unknown members) and writes 1.0. A future major version adds a reader
/// here that migrates the older majors it still accepts.
/// </summary>
internal readonly record struct FormatVersion(int Major, int Minor)
{
    /// <summary>The version this library writes for a catalogue that uses nothing added after 1.0.</summary>
    internal const string Current = "1.0";

    /// <summary>The newest version this library knows (and writes when a catalogue uses one of its members).</summary>
    internal const string Latest = "1.1";

    /// <summary>The version a catalogue is written as: the oldest that has every member it uses, so that 1.0 documents stay 1.0.</summary>
    internal static string Of(Catalogue catalogue) =>
        catalogue.Identity is null && catalogue.Imports.IsEmpty && catalogue.Lineage.IsEmpty && catalogue.Histories.All(h => h.BaselineTasks.IsEmpty)
        && catalogue.Frameworks.All(f => f.ScaleMappings.IsEmpty) ? Current : Latest;

    /// <summary>The major version this library reads.</summary>
    internal const int SupportedMajor = 1;

    /// <summary>Whether a 1.x version is newer than the one this library writes, so that it may define members this library does not know.</summary>
    internal static bool IsNewerMinor(FormatVersion version) =>
        version.Major == SupportedMajor && TryParse(Latest, out var current) && version.Minor > current.Minor;

    internal static bool TryParse(string text, out FormatVersion version)
    {
        version = default;
        var dot = text.IndexOf('.', StringComparison.Ordinal);
        if (dot <= 0 || !IsNumber(text.AsSpan(0, dot)) || !IsNumber(text.AsSpan(dot + 1)))
        {
            return false;
        }

        version = new FormatVersion(
            int.Parse(text.AsSpan(0, dot), NumberStyles.None, CultureInfo.InvariantCulture),
            int.Parse(text.AsSpan(dot + 1), NumberStyles.None, CultureInfo.InvariantCulture));
        return true;
    }

    /// <summary>The problem with a document's version, or null when this library reads it.</summary>
    /// <param name="text">The value of <c>schemaVersion</c>, or null when it is missing.</param>
    /// <param name="fatal">Whether the rest of the document cannot be read as format 1.x.</param>
    internal static ValidationProblem? Check(string? text, out bool fatal)
    {
        fatal = false;
        const string path = "$.schemaVersion";
        if (text is null)
        {
            return new(ProblemCodes.MissingMember, ProblemSeverity.Error, path,
                ProblemMessage.Of("SchemaVersion.Missing", SupportedMajor, Current));
        }

        fatal = true;
        if (!TryParse(text, out var version))
        {
            return new(ProblemCodes.UnsupportedSchemaVersion, ProblemSeverity.Error, path,
                ProblemMessage.Of("SchemaVersion.Malformed", text, Current));
        }

        if (version.Major != SupportedMajor)
        {
            return new(ProblemCodes.UnsupportedSchemaVersion, ProblemSeverity.Error, path,
                ProblemMessage.Of(version.Major > SupportedMajor ? "SchemaVersion.Newer" : "SchemaVersion.Older", text, SupportedMajor));
        }

        fatal = false;
        return null;
    }

    private static bool IsNumber(ReadOnlySpan<char> digits) =>
        digits.Length is > 0 and < 9 && !(digits.Length > 1 && digits[0] == '0') && !digits.ContainsAnyExceptInRange('0', '9');
}
