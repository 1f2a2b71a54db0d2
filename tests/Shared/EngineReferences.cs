using System.Reflection;

namespace SearchEngine.Tests;

/// <summary>
/// Reads which engine assemblies an assembly's compiled code uses. The compiler records a reference only to an
/// assembly whose types the code names, so a server or CLI that reached past the facade into an engine shows here.
/// </summary>
internal static class EngineReferences
{
    /// <summary>Returns the names of the engine assemblies (the native engine, the adapters, Lucene.Net) that <paramref name="assembly"/> references.</summary>
    public static List<string> Of(Assembly assembly) =>
        [.. assembly.GetReferencedAssemblies()
            .Select(name => name.Name ?? string.Empty)
            .Where(name => name == "SearchEngine.Core" || name.StartsWith("SearchEngine.Engines.", StringComparison.Ordinal) || name.StartsWith("Lucene.Net", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)];
}
