namespace RoleModel.Cli;

/// <summary>Wrong usage found while running a command (a file that does not exist, say): exit code 2.</summary>
internal sealed class UsageException(string message) : Exception(message);

/// <summary>A lookup or document failure found while running a command: exit code 1.</summary>
internal sealed class CommandFailedException(string message) : Exception(message);
