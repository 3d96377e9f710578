using System.CommandLine;
using Microsoft.Extensions.AI;
using RoleModel.Discovery;

namespace RoleModel.Cli.Discovery;

/// <summary>
/// <c>patterns --similarity Activities --reference FILE</c>: the similarity by predicted activity
/// (<see cref="ActivityTaskSimilarity"/>), whose suggester is built over the tasks of a reference document whose tasks
/// are linked to activities (an O*NET import). The reference is only read.
/// </summary>
internal static class ActivityReference
{
    /// <summary>The grouping threshold of the activity similarity unless <c>--similarity-threshold</c> is given: the one chosen
    /// on the tuning part of <c>patterns --evaluate</c> (docs/discovery.md).</summary>
    public const double Threshold = ActivityTaskSimilarity.RecommendedThreshold;

    /// <summary>Fails with a usage error when the reference file is missing or a folder (before the model is loaded).</summary>
    public static void Check(FileInfo file)
    {
        if (Directory.Exists(file.FullName))
        {
            throw UsageException.Worded("Usage.ReferenceFolder", file);
        }

        if (!file.Exists)
        {
            throw UsageException.Worded("Usage.NoReference", file);
        }
    }

    /// <summary>The similarity over the reference: its tasks as the suggester's corpus (default settings), the embedding
    /// similarity mixed in at <see cref="ActivityTaskSimilarity.RecommendedTextWeight"/>.</summary>
    /// <exception cref="UsageException">The reference does not exist or is a folder.</exception>
    /// <exception cref="CommandFailedException">The reference cannot be read, is not a valid document, or has no task linked to an activity.</exception>
    public static ActivityTaskSimilarity Open(FileInfo file, IEmbeddingGenerator<string, Embedding<float>> generator, CliConsole console, ParseResult parse)
    {
        Check(file);
        LoadedDocument loaded;
        try
        {
            loaded = DocumentLoader.Read(file, DocumentLoader.Supplied(parse));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw CommandFailedException.Worded("Fail.ReferenceUnreadable", file, e.Message);
        }

        var catalogue = DocumentLoader.RequireValid(loaded, console).Catalogue!;
        var corpus = DiscoveryCorpus.FromCatalogue(catalogue);
        if (!corpus.Tasks.Any(t => !t.ActivityIds.IsEmpty))
        {
            throw CommandFailedException.Worded("Fail.ReferenceUnlabelled", file);
        }

        var suggester = TaskSuggester.CreateAsync(corpus, generator, SuggesterOptions.Default).GetAwaiter().GetResult();
        return new ActivityTaskSimilarity(suggester, ActivityTaskSimilarity.DefaultActivities, new EmbeddingTaskSimilarity(generator), ActivityTaskSimilarity.RecommendedTextWeight);
    }
}
