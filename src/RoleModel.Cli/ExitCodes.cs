namespace RoleModel.Cli;

/// <summary>The process exit codes of every command.</summary>
internal static class ExitCodes
{
    /// <summary>Success; for <c>validate</c>, every document is valid.</summary>
    public const int Success = 0;

    /// <summary>A document is invalid, or a lookup failed (unknown role or person, a date outside the history).</summary>
    public const int Failure = 1;

    /// <summary>Wrong usage: an unknown option, a missing or unreadable file, a malformed date.</summary>
    public const int Usage = 2;

    /// <summary>A document has unknown members (warning RM010) that the command would leave out of its result; <c>--ignore-unknown-members</c> goes on.</summary>
    public const int UnknownMembers = 3;
}
