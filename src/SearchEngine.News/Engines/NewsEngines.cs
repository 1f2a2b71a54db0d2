using System.Collections.Concurrent;
using System.Reflection;
using System.Text;

namespace SearchEngine.News.Engines;

/// <summary>
/// Finds the engines by name and records in each index folder which engine wrote it (the file
/// <see cref="MarkerFile"/>), so a folder is always opened by its own engine.
/// </summary>
/// <remarks>
/// An engine is the assembly <c>SearchEngine.Engines.{Name}</c> beside the application, marked with
/// <see cref="NewsEngineAttribute"/>; it is loaded on first use. An application carries only the engines it
/// references, and a missing one is a clear error naming the assembly and its package (NyhedZoek.Engines.*).
/// </remarks>
public static class NewsEngines
{
    /// <summary>The Apache Lucene.Net engine: the default.</summary>
    public const string LuceneNet = "lucenenet";

    /// <summary>The project's own engine, faster at indexing and searching (docs/PERFORMANCE.md).</summary>
    public const string Native = "native";

    /// <summary>The file in an index folder that names its engine (one line).</summary>
    public const string MarkerFile = "engine";

    private static readonly ConcurrentDictionary<string, INewsEngine> Loaded = new(StringComparer.Ordinal);

    /// <summary>Gets the engine a new index uses when none is chosen.</summary>
    public static string Default => LuceneNet;

    /// <summary>Gets the engine names, the default first.</summary>
    public static IReadOnlyList<string> Names { get; } = [LuceneNet, Native];

    /// <summary>Tells whether <paramref name="name"/> is an engine name (exact, lower case).</summary>
    public static bool IsKnown(string? name) => name is not null && Names.Contains(name);

    /// <summary>Returns the engine named <paramref name="name"/>, loading its assembly on first use.</summary>
    /// <exception cref="ArgumentException">The name is not an engine's.</exception>
    /// <exception cref="InvalidOperationException">The engine's assembly is not beside the application or is not an engine.</exception>
    internal static INewsEngine Get(string name)
    {
        if (!IsKnown(name))
        {
            throw new ArgumentException($"Unknown engine '{name}'; expected one of: {string.Join(", ", Names)}.", nameof(name));
        }

        return Loaded.GetOrAdd(name, Load);
    }

    /// <summary>Returns the engine recorded in the folder <paramref name="path"/>, or null when it records none.</summary>
    /// <exception cref="InvalidDataException">The marker names no known engine.</exception>
    public static string? ReadMarker(string path)
    {
        string file = System.IO.Path.Combine(path, MarkerFile);
        if (!File.Exists(file))
        {
            return null;
        }

        string name = File.ReadAllText(file, Encoding.UTF8).Trim();
        return IsKnown(name)
            ? name
            : throw new InvalidDataException($"'{file}' names the engine '{name}', which is not one of: {string.Join(", ", Names)}.");
    }

    /// <summary>Records <paramref name="name"/> as the engine of the folder <paramref name="path"/>, atomically and durably.</summary>
    public static void WriteMarker(string path, string name)
    {
        Directory.CreateDirectory(path);
        string file = System.IO.Path.Combine(path, MarkerFile);
        string temporary = file + ".tmp";
        using (var stream = new FileStream(temporary, FileMode.Create, FileAccess.Write, FileShare.None))
        {
            stream.Write(Encoding.UTF8.GetBytes(name + "\n"));
            stream.Flush(flushToDisk: true);
        }

        File.Move(temporary, file, overwrite: true);
    }

    private static INewsEngine Load(string name)
    {
        (string assemblyName, string package) = name switch
        {
            LuceneNet => ("SearchEngine.Engines.LuceneNet", "NyhedZoek.Engines.LuceneNet"),
            _ => ("SearchEngine.Engines.Native", "NyhedZoek.Engines.Native"),
        };
        Assembly assembly;
        try
        {
            assembly = Assembly.Load(new AssemblyName(assemblyName));
        }
        catch (FileNotFoundException ex)
        {
            throw new InvalidOperationException($"The engine '{name}' is not installed: the application needs a reference to {assemblyName} (the package {package}).", ex);
        }

        NewsEngineAttribute marker = assembly.GetCustomAttribute<NewsEngineAttribute>()
            ?? throw new InvalidOperationException($"{assemblyName} has no [assembly: NewsEngine(...)] attribute naming its engine.");
        var engine = (INewsEngine)(Activator.CreateInstance(marker.EngineType)
            ?? throw new InvalidOperationException($"Could not create {marker.EngineType}."));
        return engine.Name == name
            ? engine
            : throw new InvalidOperationException($"{assemblyName} holds the engine '{engine.Name}', not '{name}'.");
    }
}
