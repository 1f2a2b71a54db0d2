using SearchEngine.News.Articles;
using SearchEngine.News.Engines;
using SearchEngine.News.Indexing;
using SearchEngine.News.Search;

namespace SearchEngine.News.Tests.Indexing;

/// <summary><c>await using</c> a news index: disposal completes when the last search on it has ended and its snapshots are closed.</summary>
public sealed class AsyncDisposeTests : IDisposable
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(30);

    private readonly TempDirectory folder = new();

    public void Dispose() => folder.Dispose();

    [Theory]
    [InlineData(NewsEngines.Native)]
    [InlineData(NewsEngines.LuceneNet)]
    public async Task DisposeAsyncWaitsForARunningSearchToEndAndNewSearchesFailMeanwhile(string engine)
    {
        NewsIndex index = Build(engine);
        NewsSearcherLease running = index.AcquireSearcher();

        ValueTask disposing = index.DisposeAsync();

        Assert.False(disposing.IsCompleted);
        Assert.Throws<ObjectDisposedException>(() => index.AcquireSearcher());
        Assert.Equal(1, running.Searcher.Search(new NewsSearchRequest("skatten") { Language = "da" }).Total);
        running.Dispose();
        await disposing.AsTask().WaitAsync(Bound, TestContext.Current.CancellationToken);
    }

    [Fact]
    public async Task DisposeAsyncWithNoSearchRunningCompletesAtOnceAndTwiceIsHarmless()
    {
        NewsIndex index = Build(NewsEngines.Native);
        using (index.AcquireSearcher())
        {
        }

        await index.DisposeAsync().AsTask().WaitAsync(Bound, TestContext.Current.CancellationToken);
        await index.DisposeAsync().AsTask().WaitAsync(Bound, TestContext.Current.CancellationToken);
        index.Dispose();
    }

    [Fact]
    public async Task AnIndexNeverSearchedDisposesAtOnce()
    {
        await using NewsIndex index = Build(NewsEngines.Native);
    }

    private NewsIndex Build(string engine)
    {
        NewsIndex index = NewsIndex.Open(Path.Combine(folder.Path, engine + Guid.NewGuid().ToString("N")), new NewsIndexOptions { Engine = engine });
        index.Add(new Article("a1", "da", ArticleDate.Parse("2022-01-11"), "Skatten", "Regeringen vil sænke skatten.", [], []));
        index.Commit();
        return index;
    }
}
