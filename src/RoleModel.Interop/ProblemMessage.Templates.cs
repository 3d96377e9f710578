using System.Resources;

namespace RoleModel.Validation;

/// <summary>The importers' problem messages: <c>ImportMessages.resx</c> and its translations (the class itself is the library's, linked).</summary>
internal sealed partial class ProblemMessage
{
    private static readonly ResourceManager Templates = new("RoleModel.Interop.ImportMessages", typeof(ProblemMessage).Assembly);

    /// <summary>The error for a key no template has: a mistake in the code, never in a document.</summary>
    private static string NoTemplate(string key) => $"The importers have no problem message '{key}'.";
}
