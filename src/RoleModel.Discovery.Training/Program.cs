using RoleModel.Discovery.Training;
using RoleModel.Discovery.Training.CommandLine;

// The offline training tool of RoleModel.Discovery.MiniLM's task-tuned layers (README.md).
// Exit codes: 0 done, 1 failed (bad data, files, native library), 2 wrong command line.
const string Help = "Usage: RoleModel.Discovery.Training " + TrainCommand.Usage;
try
{
    if (args.Length == 0 || args[0] is "--help" or "-h")
    {
        Console.WriteLine(Help);
        return args.Length == 0 ? 2 : 0;
    }

    if (args[0] != TrainCommand.Name)
    {
        throw new UsageException($"There is no command '{args[0]}'; the command is '{TrainCommand.Name}'.");
    }

    TrainCommand.Run(args[1..], Console.Out);
    return 0;
}
catch (UsageException e)
{
    Console.Error.WriteLine(e.Message);
    Console.Error.WriteLine(Help);
    return 2;
}
catch (Exception e) when (e is IOException or InvalidDataException or UnauthorizedAccessException)
{
    Console.Error.WriteLine(e.Message);
    return 1;
}
catch (Exception e) when (e is TypeInitializationException or DllNotFoundException or NotSupportedException)
{
    Console.Error.WriteLine("TorchSharp's native library could not be loaded; it needs a libstdc++ with GLIBCXX_3.4.32 (README.md, \"Native library\"). TorchSharp's report:");
    Console.Error.WriteLine(e.GetBaseException().Message);
    return 1;
}
