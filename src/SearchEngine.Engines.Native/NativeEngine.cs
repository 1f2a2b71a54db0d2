using SearchEngine.Engines.Native;
using SearchEngine.News.Engines;

[assembly: NewsEngine(typeof(NativeEngine))]

namespace SearchEngine.Engines.Native;

/// <summary>The project's own engine (<c>src/SearchEngine.Core</c>) behind the facade's engine port.</summary>
internal sealed class NativeEngine : INewsEngine
{
    /// <inheritdoc/>
    public string Name => NewsEngines.Native;

    /// <inheritdoc/>
    public IEngineIndex Open(string path, EngineIndexOptions options)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        ArgumentNullException.ThrowIfNull(options);
        return new NativeIndex(path, options);
    }
}
