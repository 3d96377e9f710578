using System.Resources;

namespace RoleModel.Validation;

/// <summary>The library's problem messages: <c>Validation/ProblemMessages.resx</c> and its translations.</summary>
internal sealed partial class ProblemMessage
{
    private static readonly ResourceManager Templates = new("RoleModel.Validation.ProblemMessages", typeof(ProblemMessage).Assembly);

    /// <summary>The error for a key no template has: a mistake in the code, never in a document.</summary>
    private static string NoTemplate(string key) => $"The library has no problem message '{key}'.";
}
