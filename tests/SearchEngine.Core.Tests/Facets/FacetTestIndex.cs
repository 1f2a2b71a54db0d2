using SearchEngine.Core.Documents;
using SearchEngine.Core.Index;
using SearchEngine.Core.Search;
using SearchEngine.Core.Tests.Index;
using SearchEngine.Core.Tests.Search;

namespace SearchEngine.Core.Tests.Facets;

/// <summary>
/// A real index of <see cref="FacetDoc"/>s laid out as the news index lays out its facets (keyword term plus
/// sorted-set doc values for person, organization, year and month; a yyyymmdd numeric date), written through
/// IndexWriter in RAM or on disk, in several committed segments, with some documents deleted.
/// </summary>
internal sealed class FacetTestIndex : IDisposable
{
    private readonly TestDirectory directory;
    private readonly Dictionary<string, FacetDoc> byId;

    private FacetTestIndex(TestDirectory directory, DirectoryReader reader, List<FacetDoc> live)
    {
        this.directory = directory;
        Reader = reader;
        Searcher = new IndexSearcher(reader);
        Live = live;
        byId = live.ToDictionary(d => d.Id, StringComparer.Ordinal);
    }

    public DirectoryReader Reader { get; }

    public IndexSearcher Searcher { get; }

    /// <summary>Gets the documents not deleted.</summary>
    public IReadOnlyList<FacetDoc> Live { get; }

    /// <summary>Indexes <paramref name="docs"/> into <paramref name="kind"/> ("ram" or "fs"), committing every <paramref name="segmentSize"/> documents, then deletes <paramref name="deleteIds"/>.</summary>
    public static FacetTestIndex Build(string kind, IReadOnlyList<FacetDoc> docs, int segmentSize, IReadOnlyCollection<string> deleteIds)
    {
        var directory = new TestDirectory(kind);
        using (var writer = new IndexWriter(directory.Directory, new IndexWriterConfig { MergeInBackground = false }))
        {
            for (int i = 0; i < docs.Count; i++)
            {
                writer.AddDocument(ToDocument(docs[i]));
                if ((i + 1) % segmentSize == 0)
                {
                    writer.Commit();
                }
            }

            // Half the deletes before the last commit point, half after a further commit, so both flushed and
            // buffered segments lose documents.
            int n = 0;
            foreach (string id in deleteIds)
            {
                writer.DeleteDocuments(new Term("id", id));
                if (++n == deleteIds.Count / 2)
                {
                    writer.Commit();
                }
            }

            writer.Commit();
        }

        var reader = DirectoryReader.Open(directory.Directory);
        return new FacetTestIndex(directory, reader, [.. docs.Where(d => !deleteIds.Contains(d.Id))]);
    }

    /// <summary>Returns the model of the index-wide document <paramref name="doc"/>.</summary>
    public FacetDoc Doc(int doc)
    {
        foreach (LeafContext leaf in Searcher.Leaves)
        {
            if (doc < leaf.DocBase + leaf.Reader.MaxDoc)
            {
                return byId[IndexTestUtil.StoredId(leaf.Reader, doc - leaf.DocBase)];
            }
        }

        throw new ArgumentOutOfRangeException(nameof(doc));
    }

    public void Dispose()
    {
        Reader.Dispose();
        directory.Dispose();
    }

    private static Document ToDocument(FacetDoc doc)
    {
        var document = new Document()
            .Add(Field.Keyword("id", doc.Id, stored: true))
            .Add(Field.Text("body", string.Join(' ', doc.Words), PhraseTestAnalyzer.Instance, stored: false));
        foreach (string person in doc.Persons)
        {
            AddFacet(document, "person", person);
        }

        foreach (string organization in doc.Organizations)
        {
            AddFacet(document, "organization", organization);
        }

        if (doc.DateKey is long key)
        {
            document.Add(Field.NumericDocValues("date", key));
            foreach (string field in new[] { "year", "month" })
            {
                foreach (string value in doc.Values(field))
                {
                    AddFacet(document, field, value);
                }
            }
        }

        return document;
    }

    private static void AddFacet(Document document, string field, string value) =>
        document.Add(Field.Keyword(field, value)).Add(Field.SortedSetDocValues(field, value));
}
