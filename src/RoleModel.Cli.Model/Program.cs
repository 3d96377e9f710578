using RoleModel.Discovery.Embeddings;

// The package exists for its files: the rolemodel tool loads the model from the folder this command is installed in.
// The command itself only says so, and with --check embeds one text to show that the model runs on this machine.
if (args is not ([] or ["--check"]))
{
    Console.Error.WriteLine($"rolemodel-model: error: unknown argument '{args[0]}'; the only option is --check.");
    return 2;
}

Console.WriteLine($"{MiniLmEmbeddingGenerator.ModelId}");
Console.WriteLine($"installed in {AppContext.BaseDirectory}");
Console.WriteLine("rolemodel suggest uses it when RoleModel.Cli is installed in the same place (the same --global or --tool-path).");
if (args is ["--check"])
{
    using var model = new MiniLmEmbeddingGenerator();
    var vector = model.GenerateAsync(["Pilot: AI assistance for case workers"]).GetAwaiter().GetResult()[0].Vector;
    Console.WriteLine($"check: one text embedded into {vector.Length} dimensions.");
}

return 0;
