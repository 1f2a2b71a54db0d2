using SearchEngine.News.Engines;

namespace SearchEngine.Engines.LuceneNet.Tests;

/// <summary>Opens engine indexes in temporary folders, the way the facade does.</summary>
internal static class TestIndexes
{
    public static IEngineIndex Open(string path, bool create = false) =>
        new LuceneNetEngine().Open(path, new EngineIndexOptions { Create = create, RamBufferMB = 16 });

    /// <summary>Indexes <paramref name="documents"/> by their id field and commits.</summary>
    public static EngineCommit Build(IEngineIndex index, IEnumerable<(string Id, IndexDocument Document)> documents)
    {
        foreach ((string id, IndexDocument document) in documents)
        {
            index.Update("id", id, document);
        }

        return index.Commit();
    }

    /// <summary>A document with a keyword and value id, the base of every test document.</summary>
    public static IndexDocument WithId(string id) => new IndexDocument().Keyword("id", id).Value("id", id);

    /// <summary>Returns the ids of <paramref name="hits"/>, read from the id value field.</summary>
    public static List<string> Ids(IEngineSnapshot snapshot, IEnumerable<EngineScoreDoc> hits)
    {
        var ids = new List<string>();
        foreach (EngineScoreDoc hit in hits)
        {
            var values = new List<string>();
            snapshot.LoadValues(hit.Doc, "id", values);
            ids.Add(Assert.Single(values));
        }

        return ids;
    }

    /// <summary>Returns the document number of the live document with <paramref name="id"/>.</summary>
    public static int DocOf(IEngineSnapshot snapshot, string id) =>
        Assert.Single(snapshot.Search(new SearchEngine.News.Querying.TermQuery("id", id), 2).ScoreDocs).Doc;
}
