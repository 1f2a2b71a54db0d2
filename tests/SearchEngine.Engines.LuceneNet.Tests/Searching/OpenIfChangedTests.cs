using SearchEngine.News.Engines;
using SearchEngine.News.Querying;

namespace SearchEngine.Engines.LuceneNet.Tests.Searching;

public sealed class OpenIfChangedTests
{
    [Fact]
    public void A_new_commit_opens_a_new_snapshot_and_the_old_one_stays_as_it_was()
    {
        using var temp = new TempDirectory();
        using IEngineIndex index = TestIndexes.Open(temp.Path);
        index.Update("id", "a", TestIndexes.WithId("a").Facet("person", "Anna"));
        index.Commit();
        using IEngineSnapshot old = index.OpenSnapshot();
        Assert.Null(old.OpenIfChanged());

        index.Update("id", "b", TestIndexes.WithId("b").Facet("person", "Bo"));
        index.Delete("id", "a");
        EngineCommit commit = index.Commit();

        using IEngineSnapshot? newer = old.OpenIfChanged();
        Assert.NotNull(newer);
        Assert.Equal(commit.Generation, newer.Generation);
        Assert.Equal(["b"], TestIndexes.Ids(newer, newer.Search(new MatchAllDocsQuery(), 10).ScoreDocs));
        Assert.Equal(["Bo"], newer.CountValues("person").GetAll().Select(static l => l.Label));
        Assert.Null(newer.OpenIfChanged());

        Assert.Equal(["a"], TestIndexes.Ids(old, old.Search(new MatchAllDocsQuery(), 10).ScoreDocs));
        Assert.Equal(["Anna"], old.CountValues("person").GetAll().Select(static l => l.Label));
    }

    [Fact]
    public void An_uncommitted_change_is_not_a_change()
    {
        using var temp = new TempDirectory();
        using IEngineIndex index = TestIndexes.Open(temp.Path);
        index.Commit();
        using IEngineSnapshot snapshot = index.OpenSnapshot();

        index.Update("id", "a", TestIndexes.WithId("a"));

        Assert.Null(snapshot.OpenIfChanged());
    }

    [Fact]
    public void A_disposed_snapshot_refuses_to_search()
    {
        using var temp = new TempDirectory();
        using IEngineIndex index = TestIndexes.Open(temp.Path);
        index.Commit();
        IEngineSnapshot snapshot = index.OpenSnapshot();
        snapshot.Dispose();
        snapshot.Dispose();

        Assert.Throws<ObjectDisposedException>(() => snapshot.Search(new MatchAllDocsQuery(), 1));
        Assert.Throws<ObjectDisposedException>(() => snapshot.OpenIfChanged());
    }
}
