using System.Reflection;
using Microsoft.Extensions.AI;
using RoleModel.Discovery.Embeddings;

namespace RoleModel.Cli.Discovery;

/// <summary>
/// The one place where the tool gets its embedding model: every command that compares texts by meaning
/// (<c>suggest</c>, and later pattern grouping) opens the model here, behind the cache file.
/// </summary>
/// <remarks>
/// <para>The tool package carries no model. The model is the <c>RoleModel.Cli.Model</c> tool package, installed beside
/// the tool (the same <c>--global</c> or <c>--tool-path</c>, or the same local tool manifest); <see cref="Open"/> finds it
/// there and loads it into a context of its own (<see cref="ModelLoadContext"/>). A build that references the model
/// itself (the tests) uses it directly. When there is none, <see cref="Open"/> returns null and the caller falls back
/// to character n-grams, saying so with <see cref="FallbackLine"/>.</para>
/// </remarks>
internal static class EmbeddingModel
{
    /// <summary>The tool package that carries the model.</summary>
    public const string PackageId = "RoleModel.Cli.Model";

    /// <summary>The default model, all-MiniLM-L6-v2 with its task-tuned layers (what every command uses).</summary>
    public static readonly Choice MiniLm = new("minilm", "RoleModel.Discovery.MiniLM", "RoleModel.Discovery.Embeddings.MiniLmEmbeddingGenerator", "embeddings-minilm.bin");

    /// <summary>The second model, arctic-embed-xs, which only <c>suggest --evaluate --second-model arctic-xs</c> opens. No tool
    /// package carries it: a build that references RoleModel.Discovery.ArcticXs (the tests, or the tool built with
    /// <c>-p:EvaluationModels=true</c>) has it.</summary>
    public static readonly Choice ArcticXs = new("arctic-xs", "RoleModel.Discovery.ArcticXs", "RoleModel.Discovery.Embeddings.ArcticXsEmbeddingGenerator", "embeddings-arctic-xs.bin");

    /// <summary>The one line a command prints (to standard error) when it falls back to character n-grams, saying why and how to add the model.</summary>
    public static string FallbackLine(Localization.Wording w) => w.Format("Model.Fallback", w.Format("Model.NotInstalled", PackageId));

    /// <summary>The one line <c>patterns --similarity Embeddings</c> prints (to standard error) when it groups by words instead.</summary>
    public static string LexicalOnlyLine(Localization.Wording w) => w.Format("Model.LexicalOnly", w.Format("Model.NotInstalled", PackageId));

    /// <summary>The model (<paramref name="choice"/>, by default MiniLM) behind a cache file (<paramref name="cache"/>, or the
    /// model's default one in the user's local application data), or null when the model is not installed.</summary>
    /// <exception cref="UsageException">The folder of a given cache file does not exist.</exception>
    /// <exception cref="CommandFailedException">A model was found but cannot be loaded.</exception>
    public static CachingEmbeddingGenerator? Open(FileInfo? cache, Choice? choice = null)
    {
        choice ??= MiniLm;
        if (cache is not null && !Directory.Exists(Path.GetDirectoryName(cache.FullName)))
        {
            throw new UsageException($"The folder of the embedding cache '{cache}' does not exist.");
        }

        var model = Load(AppContext.BaseDirectory, choice);
        if (model is null)
        {
            return null;
        }

        var path = CachePath(cache, choice);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var metadata = (EmbeddingGeneratorMetadata)model.GetService(typeof(EmbeddingGeneratorMetadata))!;
        return new CachingEmbeddingGenerator(model, path, metadata.DefaultModelId!, metadata.DefaultModelDimensions!.Value);
    }

    /// <summary>The full path of the cache file: <paramref name="cache"/>, or the model's default one in the user's local application data.</summary>
    internal static string CachePath(FileInfo? cache, Choice choice) =>
        Path.GetFullPath(cache?.FullName ?? Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.Create),
            "rolemodel", choice.CacheFile));

    /// <summary>The model: the one this build references, else the one installed beside the tool in <paramref name="toolFolder"/>; null when neither is there.</summary>
    /// <exception cref="CommandFailedException">A model was found but cannot be loaded.</exception>
    internal static IEmbeddingGenerator<string, Embedding<float>>? Load(string toolFolder, Choice? choice = null)
    {
        choice ??= MiniLm;
        if (Type.GetType(choice.GeneratorName + ", " + choice.AssemblyName, throwOnError: false) is { } referenced)
        {
            return Create(referenced, AppContext.BaseDirectory);
        }

        return FindInstalled(toolFolder) is { } folder ? LoadInstalled(folder, choice) : null;
    }

    /// <summary>The model of the package whose files are in <paramref name="folder"/>, loaded into a context of its own.</summary>
    /// <exception cref="CommandFailedException">The model cannot be loaded from there.</exception>
    internal static IEmbeddingGenerator<string, Embedding<float>> LoadInstalled(string folder, Choice? choice = null)
    {
        choice ??= MiniLm;
        Type type;
        try
        {
            var context = new ModelLoadContext(Path.Combine(folder, PackageId + ".dll"));
            var path = context.Resolve(new AssemblyName(choice.AssemblyName)) ?? throw new FileNotFoundException($"{choice.AssemblyName}.dll is not there.");
            type = context.LoadFromAssemblyPath(path).GetType(choice.GeneratorName, throwOnError: true)!;
        }
        catch (Exception e) when (e is IOException or BadImageFormatException or TypeLoadException or InvalidOperationException or ArgumentException)
        {
            throw new CommandFailedException($"The embedding model in '{folder}' cannot be loaded: {e.Message}");
        }

        return Create(type, folder);
    }

    private static IEmbeddingGenerator<string, Embedding<float>> Create(Type type, string folder)
    {
        try
        {
            return (IEmbeddingGenerator<string, Embedding<float>>)Activator.CreateInstance(type)!;
        }
        catch (Exception e) when (e is TargetInvocationException or InvalidCastException or MissingMethodException)
        {
            throw new CommandFailedException($"The embedding model in '{folder}' cannot be loaded: {(e.InnerException ?? e).Message}");
        }
    }

    /// <summary>
    /// The folder of the model package installed beside the tool whose files are in <paramref name="toolFolder"/>, or null.
    /// A tool's files lie a few folders below the folder that holds every installed tool package (<c>.store</c> of a
    /// global or <c>--tool-path</c> install, the NuGet packages folder of a local tool); the model package is a sibling
    /// there, in a folder named after its id (in lower case, with or without the platform), holding the package's main file
    /// and the assembly of the model it carries, MiniLM (a build tree's reference-assembly folders hold only the former). Of several versions, the
    /// tool's own is taken, else the last in ordinal order.
    /// </summary>
    internal static string? FindInstalled(string toolFolder)
    {
        var version = typeof(EmbeddingModel).Assembly.GetName().Version?.ToString(3);
        var folders = new EnumerationOptions { MatchCasing = MatchCasing.CaseInsensitive, IgnoreInaccessible = true };
        var files = new EnumerationOptions { MatchCasing = MatchCasing.CaseInsensitive, IgnoreInaccessible = true, RecurseSubdirectories = true, MaxRecursionDepth = 8 };
        var folder = new DirectoryInfo(toolFolder);
        for (var up = 0; up < 8 && folder is not null; up++, folder = folder.Parent)
        {
            var candidates = folder.EnumerateDirectories(PackageId + "*", folders)
                .Where(d => d.Name.Equals(PackageId, StringComparison.OrdinalIgnoreCase) || d.Name.StartsWith(PackageId + ".", StringComparison.OrdinalIgnoreCase))
                .SelectMany(d => d.EnumerateFiles(PackageId + ".dll", files))
                .Select(f => f.DirectoryName!)
                .Where(d => File.Exists(Path.Combine(d, MiniLm.AssemblyName + ".dll")))
                .Order(StringComparer.Ordinal)
                .ToList();
            if (candidates.Count > 0)
            {
                return candidates.LastOrDefault(c => version is not null && c.Split(Path.DirectorySeparatorChar).Contains(version)) ?? candidates[^1];
            }
        }

        return null;
    }

    /// <summary>A model the tool can open: its name on the command line, the assembly and type of its generator, its default cache file.</summary>
    internal sealed record Choice(string Name, string AssemblyName, string GeneratorName, string CacheFile);
}
