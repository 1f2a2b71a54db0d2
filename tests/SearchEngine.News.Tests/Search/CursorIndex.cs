using SearchEngine.News.Engines;
using SearchEngine.News.Indexing;
using SearchEngine.News.Search;

namespace SearchEngine.News.Tests.Search;

/// <summary>
/// A news index of a few thousand generated articles over several segments on one engine, with limits that let one
/// search return every hit (the reference a cursor walk is compared with); built once per test class, never written after.
/// </summary>
public abstract class CursorIndex : IDisposable
{
    /// <summary>The number of articles.</summary>
    public const int Count = 3_000;

    private readonly TempDirectory folder = new();

    protected CursorIndex(string engine)
    {
        Engine = engine;
        Index = NewsIndex.Open(folder.Path, new NewsIndexOptions { Engine = engine, Limits = Limits });
        int written = 0;
        foreach (News.Articles.Article article in GeneratedArticles.Make(Count))
        {
            Index.Add(article);
            if (++written % 400 == 0)
            {
                Index.Commit();
            }
        }

        Index.Commit();
    }

    /// <summary>Gets limits under which one page can hold every article.</summary>
    public static NewsSearchLimits Limits { get; } = new() { MaxPageSize = Count, MaxResultWindow = Count };

    /// <summary>Gets the engine's name.</summary>
    public string Engine { get; }

    /// <summary>Gets the index.</summary>
    public NewsIndex Index { get; }

    /// <summary>Closes the index and deletes it.</summary>
    public void Dispose()
    {
        Index.Dispose();
        folder.Dispose();
        GC.SuppressFinalize(this);
    }
}

/// <summary>The generated index on the native engine.</summary>
public sealed class NativeCursorIndex() : CursorIndex(NewsEngines.Native);

/// <summary>The generated index on Lucene.Net.</summary>
public sealed class LuceneNetCursorIndex() : CursorIndex(NewsEngines.LuceneNet);
