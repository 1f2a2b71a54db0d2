using SearchEngine.Core.Documents;
using SearchEngine.Core.Index;
using SearchEngine.Core.Search;
using SearchEngine.Core.Tests.Index;

namespace SearchEngine.Core.Tests.Search;

/// <summary>
/// A small real index for the phrase, prefix and range query tests: documents with a stored "id" and
/// space-tokenized "body" values (<see cref="PhraseTestAnalyzer"/>), written through IndexWriter into a RAM or
/// file-system directory, optionally several segments; results come back as stored ids.
/// </summary>
internal sealed class PhraseTestIndex : IDisposable
{
    private readonly TestDirectory directory;

    private PhraseTestIndex(TestDirectory directory, DirectoryReader reader)
    {
        this.directory = directory;
        Reader = reader;
        Searcher = new IndexSearcher(reader);
    }

    /// <summary>Gets the reader over the committed index.</summary>
    public DirectoryReader Reader { get; }

    /// <summary>Gets a searcher over <see cref="Reader"/>.</summary>
    public IndexSearcher Searcher { get; }

    /// <summary>Returns a document with id <paramref name="id"/> and one "body" value per entry of <paramref name="bodies"/>.</summary>
    public static Document Doc(string id, params string[] bodies)
    {
        var document = new Document().Add(Field.Keyword("id", id, stored: true));
        foreach (string body in bodies)
        {
            document.Add(Field.Text("body", body, PhraseTestAnalyzer.Instance, stored: false));
        }

        return document;
    }

    /// <summary>Indexes <paramref name="documents"/> in <paramref name="kind"/> ("ram" or "fs"), committing a segment every <paramref name="segmentSize"/> documents.</summary>
    public static PhraseTestIndex Build(string kind, IEnumerable<Document> documents, int segmentSize = int.MaxValue, params string[] deleteIds)
    {
        var directory = new TestDirectory(kind);
        using (var writer = new IndexWriter(directory.Directory, new IndexWriterConfig { MergeInBackground = false }))
        {
            int count = 0;
            foreach (Document document in documents)
            {
                writer.AddDocument(document);
                if (++count % segmentSize == 0)
                {
                    writer.Commit();
                }
            }

            foreach (string id in deleteIds)
            {
                writer.DeleteDocuments(new Term("id", id));
            }

            writer.Commit();
        }

        return new PhraseTestIndex(directory, DirectoryReader.Open(directory.Directory));
    }

    /// <summary>Returns the ids of the live documents matching <paramref name="query"/>, sorted.</summary>
    public List<string> Ids(Query query) => [.. Scores(query).Keys.Order(StringComparer.Ordinal)];

    /// <summary>Returns the score of every live document matching <paramref name="query"/>, by id.</summary>
    public Dictionary<string, float> Scores(Query query)
    {
        var scores = new Dictionary<string, float>(StringComparer.Ordinal);
        foreach (ScoreDoc hit in Searcher.Search(query, Math.Max(1, Reader.MaxDoc)).ScoreDocs)
        {
            scores.Add(Id(hit.Doc), hit.Score);
        }

        return scores;
    }

    /// <summary>Returns the phrase frequency of every document (live or not) matching <paramref name="query"/>, by id.</summary>
    public Dictionary<string, float> Freqs(PhraseQuery query)
    {
        var freqs = new Dictionary<string, float>(StringComparer.Ordinal);
        Weight weight = Searcher.CreateWeight(query, ScoreMode.Complete);
        foreach (LeafContext leaf in Searcher.Leaves)
        {
            if (weight.GetScorer(leaf) is PhraseScorer scorer)
            {
                for (int doc = scorer.NextDoc(); doc != Scorer.NoMoreDocs; doc = scorer.NextDoc())
                {
                    freqs.Add(IndexTestUtil.StoredId(leaf.Reader, doc), scorer.Freq);
                }
            }
        }

        return freqs;
    }

    /// <summary>Returns the stored id of the index-wide document <paramref name="doc"/>.</summary>
    public string Id(int doc)
    {
        foreach (LeafContext leaf in Searcher.Leaves)
        {
            if (doc < leaf.DocBase + leaf.Reader.MaxDoc)
            {
                return IndexTestUtil.StoredId(leaf.Reader, doc - leaf.DocBase);
            }
        }

        throw new ArgumentOutOfRangeException(nameof(doc));
    }

    public void Dispose()
    {
        Reader.Dispose();
        directory.Dispose();
    }
}
