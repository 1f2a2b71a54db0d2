using System.Globalization;
using SearchEngine.News.Articles;
using SearchEngine.News.Engines;
using SearchEngine.News.Indexing;
using SearchEngine.News.Search;

namespace SearchEngine.News.Tests.Indexing;

/// <summary>
/// An index written by many short-lived writers, each opening the folder, adding a few articles, committing and
/// closing (as the server's writer applies each batch of changes), on each engine (the sealed subclasses at the end):
/// the merges their commits start are kept, so segments stay few however many batches come.
/// </summary>
public abstract class ShortLivedWriterTests(string engine) : IDisposable
{
    private readonly TempDirectory folder = new();

    [Fact]
    public void MergesStartedByACommitAreKeptWhenTheWriterCloses()
    {
        const int batches = 60;
        for (int batch = 0; batch < batches; batch++)
        {
            using NewsIndex writer = NewsIndex.Open(folder.Path, new NewsIndexOptions { Engine = engine });
            for (int i = 0; i < 3; i++)
            {
                string id = string.Create(CultureInfo.InvariantCulture, $"b{batch}-{i}");
                writer.Add(new Article(id, "da", ArticleDate.Parse("2022-01-11"), "Batch " + id, "Regeringen vil sænke skatten i batch " + id + ".", [], []));
            }

            writer.Commit();
        }

        using NewsIndex index = NewsIndex.Open(folder.Path, new NewsIndexOptions { Engine = engine });
        using NewsSearcherLease lease = index.AcquireSearcher();
        Assert.Equal(batches * 3, lease.Searcher.Documents);

        // A tiered merge policy keeps about ten segments per size tier; sixty unmerged batches would be sixty.
        Assert.True(lease.Searcher.Segments <= 20, $"{lease.Searcher.Segments} segments after {batches} one-commit writers");
        Assert.True(index.Verify().Ok);
    }

    [Fact]
    public void AWriterClosedWithUncommittedChangesStillDropsThem()
    {
        using (NewsIndex writer = NewsIndex.Open(folder.Path, new NewsIndexOptions { Engine = engine }))
        {
            writer.Add(new Article("kept", "da", ArticleDate.Parse("2022-01-11"), "Kept", "Regeringen vil sænke skatten.", [], []));
            writer.Commit();
            writer.Add(new Article("dropped", "da", ArticleDate.Parse("2022-01-11"), "Dropped", "Regeringen vil ikke sænke skatten.", [], []));
        }

        using NewsIndex index = NewsIndex.Open(folder.Path, new NewsIndexOptions { Engine = engine });
        Assert.NotNull(index.GetArticle("kept"));
        Assert.Null(index.GetArticle("dropped"));
    }

    public void Dispose()
    {
        folder.Dispose();
        GC.SuppressFinalize(this);
    }
}

public sealed class ShortLivedWriterTestsOnNative() : ShortLivedWriterTests(NewsEngines.Native);

public sealed class ShortLivedWriterTestsOnLuceneNet() : ShortLivedWriterTests(NewsEngines.LuceneNet);
