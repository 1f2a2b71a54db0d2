using SearchEngine.Engines.LuceneNet.Indexing;
using SearchEngine.News.Engines;

namespace SearchEngine.Engines.LuceneNet;

/// <summary>
/// The Apache Lucene.Net 4.8 engine (<c>lucenenet</c>): index folders in Lucene's own format, scored with Lucene 8's
/// BM25 and analysed with Lucene's Danish and Dutch chains. Loaded by name through <see cref="NewsEngines"/>.
/// </summary>
internal sealed class LuceneNetEngine : INewsEngine
{
    /// <inheritdoc/>
    public string Name => NewsEngines.LuceneNet;

    /// <inheritdoc/>
    public IEngineIndex Open(string path, EngineIndexOptions options)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        ArgumentNullException.ThrowIfNull(options);
        return new LuceneNetIndex(path, options);
    }
}
