using SearchEngine.Core.Index;
using SearchEngine.Core.Search;
using SearchEngine.News.Indexing;
using SearchEngine.News.Search;

namespace SearchEngine.Server.IndexHosting;

/// <summary>Looks an article up by id in a snapshot and reads its stored fields.</summary>
internal static class StoredArticleReader
{
    /// <summary>Returns the article <paramref name="id"/> as <paramref name="searcher"/>'s snapshot stores it, or null when it has none.</summary>
    public static StoredArticle? Find(NewsSearcher searcher, string id)
    {
        ArgumentNullException.ThrowIfNull(searcher);
        ArgumentNullException.ThrowIfNull(id);
        TopDocs top = searcher.Searcher.Search(new TermQuery(NewsFields.Id, id), 1);
        if (top.ScoreDocs.Count == 0)
        {
            return null;
        }

        DirectoryReader reader = searcher.Reader;
        int doc = top.ScoreDocs[0].Doc;
        int segment = reader.SegmentOf(doc);
        var visitor = new StoredArticleVisitor();
        reader.Segments[segment].Document(doc - reader.DocBase(segment), visitor);
        return visitor.ToArticle();
    }
}
