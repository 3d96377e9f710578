namespace RoleModel.Tests.Docs;

/// <summary>Captures what code writes to <see cref="Console.Out"/>; tests that use it run one at a time (a collection).</summary>
[CollectionDefinition(nameof(ConsoleOutput), DisableParallelization = true)]
public sealed class ConsoleOutput
{
    /// <summary>Runs the code and returns the lines it printed.</summary>
    internal static IReadOnlyList<string> Capture(Action code)
    {
        var original = Console.Out;
        using var captured = new StringWriter();
        Console.SetOut(captured);
        try
        {
            code();
        }
        finally
        {
            Console.SetOut(original);
        }

        return captured.ToString().Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries);
    }
}
