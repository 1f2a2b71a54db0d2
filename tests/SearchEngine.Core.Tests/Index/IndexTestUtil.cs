using System.Text;
using SearchEngine.Analysis;
using SearchEngine.Core.Documents;
using SearchEngine.Core.Index;

namespace SearchEngine.Core.Tests.Index;

/// <summary>Builds small documents and reads ids back through the public reader API.</summary>
internal static class IndexTestUtil
{
    public static Document Doc(string id, string body, string? person = null, long? date = null)
    {
        var document = new Document()
            .Add(Field.Keyword("id", id, stored: true))
            .Add(Field.Text("body", body, AnalyzerRegistry.Get("da")));
        if (person is not null)
        {
            document.Add(Field.Keyword("person", person)).Add(Field.SortedSetDocValues("person", person));
        }

        if (date is long value)
        {
            document.Add(Field.NumericDocValues("date", value));
        }

        return document;
    }

    /// <summary>Returns the ids of the live documents that contain <paramref name="term"/> in <paramref name="field"/>.</summary>
    public static List<string> IdsWithTerm(DirectoryReader reader, string field, string term)
    {
        var ids = new List<string>();
        foreach (SegmentReader segment in reader.Segments)
        {
            TermsEnum? terms = segment.GetTerms(field)?.GetIterator();
            if (terms is null || !terms.SeekExact(Encoding.UTF8.GetBytes(term)))
            {
                continue;
            }

            PostingsEnum postings = terms.Postings(null, PostingsFeatures.None);
            for (int doc = postings.NextDoc(); doc != PostingsEnum.NoMoreDocs; doc = postings.NextDoc())
            {
                if (segment.IsLive(doc))
                {
                    ids.Add(StoredId(segment, doc));
                }
            }
        }

        ids.Sort(StringComparer.Ordinal);
        return ids;
    }

    /// <summary>Returns every live document's stored id.</summary>
    public static List<string> AllIds(DirectoryReader reader)
    {
        var ids = new List<string>();
        foreach (SegmentReader segment in reader.Segments)
        {
            for (int doc = 0; doc < segment.MaxDoc; doc++)
            {
                if (segment.IsLive(doc))
                {
                    ids.Add(StoredId(segment, doc));
                }
            }
        }

        ids.Sort(StringComparer.Ordinal);
        return ids;
    }

    public static string StoredId(SegmentReader segment, int doc)
    {
        var visitor = new IdVisitor();
        segment.Document(doc, visitor);
        return visitor.Id ?? throw new InvalidOperationException($"doc {doc} of {segment.Name} has no id");
    }

    private sealed class IdVisitor : StoredFieldVisitor
    {
        public string? Id { get; private set; }

        public override StoredFieldStatus NeedsField(FieldInfo field) => field.Name == "id" ? StoredFieldStatus.Yes : StoredFieldStatus.No;

        public override void StringField(FieldInfo field, string value) => Id = value;
    }
}
