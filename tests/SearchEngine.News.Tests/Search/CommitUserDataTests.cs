using SearchEngine.News.Articles;
using SearchEngine.News.Engines;
using SearchEngine.News.Indexing;
using SearchEngine.News.Search;

namespace SearchEngine.News.Tests.Search;

/// <summary>What a commit records in its user data is read back from the searcher of that commit, on both engines.</summary>
public sealed class CommitUserDataTests
{
    public static TheoryData<string> Engines => [.. NewsEngines.Names];

    [Theory]
    [MemberData(nameof(Engines))]
    public void TheSearcherOfACommitReadsTheUserDataItRecorded(string engine)
    {
        using var temp = new TempDirectory();
        using (var index = NewsIndex.Open(temp.Path, new NewsIndexOptions { Engine = engine }))
        {
            index.Add(new Article("a", "da", null, "Titel", "Tekst om havvind", [], []));
            index.Commit(new Dictionary<string, string> { ["cluster.sequence"] = "41" });
            index.Add(new Article("b", "da", null, "Titel", "Tekst om solceller", [], []));
            index.Commit(new Dictionary<string, string> { ["cluster.sequence"] = "42" });
        }

        using var reopened = NewsIndex.Open(temp.Path);
        using NewsSearcherLease lease = reopened.AcquireSearcher();

        Assert.Equal("42", lease.Searcher.CommitUserData["cluster.sequence"]);
    }

    [Theory]
    [MemberData(nameof(Engines))]
    public void ACommitWithoutUserDataHasNone(string engine)
    {
        using var temp = new TempDirectory();
        using var index = NewsIndex.Open(temp.Path, new NewsIndexOptions { Engine = engine });
        index.Add(new Article("a", "da", null, "Titel", "Tekst", [], []));
        index.Commit();

        using NewsSearcherLease lease = index.AcquireSearcher();

        Assert.DoesNotContain("cluster.sequence", lease.Searcher.CommitUserData.Keys);
    }
}
