using System.Reflection;
using System.Runtime.Loader;

namespace RoleModel.Cli.Discovery;

/// <summary>
/// Loads the model package's assemblies and native libraries from its own folder, by its own dependency file. What the
/// tool has itself (RoleModel, RoleModel.Discovery, Microsoft.Extensions.AI.Abstractions, the framework) is shared, so
/// the model's generator is the tool's <c>IEmbeddingGenerator</c>.
/// </summary>
internal sealed class ModelLoadContext(string mainAssembly) : AssemblyLoadContext("rolemodel-model")
{
    private readonly AssemblyDependencyResolver resolver = new(mainAssembly);

    /// <summary>The path of an assembly of the model package by its dependency file, or null.</summary>
    public string? Resolve(AssemblyName assemblyName) => resolver.ResolveAssemblyToPath(assemblyName);

    protected override Assembly? Load(AssemblyName assemblyName)
    {
        try
        {
            return Default.LoadFromAssemblyName(assemblyName);
        }
        catch (FileNotFoundException)
        {
            var path = resolver.ResolveAssemblyToPath(assemblyName);
            return path is null ? null : LoadFromAssemblyPath(path);
        }
    }

    protected override IntPtr LoadUnmanagedDll(string unmanagedDllName) =>
        resolver.ResolveUnmanagedDllToPath(unmanagedDllName) is { } path ? LoadUnmanagedDllFromPath(path) : IntPtr.Zero;
}
