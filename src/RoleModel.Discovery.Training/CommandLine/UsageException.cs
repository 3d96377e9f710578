namespace RoleModel.Discovery.Training.CommandLine;

/// <summary>The command line is wrong: the message says what and how to put it right (exit code 2).</summary>
internal sealed class UsageException(string message) : Exception(message);
