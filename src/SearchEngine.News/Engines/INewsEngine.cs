namespace SearchEngine.News.Engines;

/// <summary>
/// One search engine behind the facade (<c>lucenenet</c>, <c>native</c>): it opens index folders in its own
/// format. Engines live in their own assemblies and are found by name through <see cref="NewsEngines"/>; nothing
/// above the facade names an engine type.
/// </summary>
internal interface INewsEngine
{
    /// <summary>Gets the engine's name as configured and recorded in an index folder (lower case).</summary>
    string Name { get; }

    /// <summary>
    /// Opens the index folder <paramref name="path"/> (created when missing); nothing is written and no lock is
    /// taken until the first change.
    /// </summary>
    IEngineIndex Open(string path, EngineIndexOptions options);
}
