using SearchEngine.News.Engines;
using SearchEngine.News.Querying;

namespace SearchEngine.Engines.LuceneNet.Tests.Documents;

public sealed class DocumentConverterTests
{
    // Keyed by name: the engine port's documents are internal to the facade, so the theory takes the key; each case
    // makes a fresh document, as the test adds an id to it.
    private static readonly Dictionary<string, (Func<IndexDocument> Document, string Named)> BadDocumentCases = new()
    {
        { "facet delimiter in a value", (() => new IndexDocument().Facet("person", "Anna\u001FHolm"), "U+001F") },
        { "facet delimiter in a name", (() => new IndexDocument().Facet("per\u001Fson", "Anna"), "U+001F") },
        { "empty facet value", (() => new IndexDocument().Facet("person", ""), "'person'") },
        { "unknown language", (() => new IndexDocument().Text("body", "tekst", "en"), "'en'") },
        { "missing language", (() => new IndexDocument().Text("body", "tekst", null!), "'body'") },
        { "two values", (() => new IndexDocument().Value("title", "a").Value("title", "b"), "'title'") },
        { "two numbers", (() => new IndexDocument().Numeric("date", 1).Numeric("date", 2), "'date'") },
        { "keyword and text", (() => new IndexDocument().Keyword("title", "a").Text("title", "a", "da"), "'title'") },
        { "text in two languages", (() => new IndexDocument().Text("body", "a", "da").Text("body", "b", "nl"), "'body'") },
        { "value and number", (() => new IndexDocument().Value("date", "2024").Numeric("date", 2024), "'date'") },
        { "immense keyword", (() => new IndexDocument().Keyword("id", new string('x', 40_000)), "32766") },
        { "immense value", (() => new IndexDocument().Value("title", new string('é', 20_000)), "32766") },
        { "reserved name", (() => new IndexDocument().Keyword("$facets", "x"), "'$facets'") },
    };

    public static TheoryData<string> BadDocuments() => new(BadDocumentCases.Keys);

    [Theory]
    [MemberData(nameof(BadDocuments))]
    public void A_field_that_cannot_be_indexed_is_rejected_naming_it_and_nothing_is_indexed(string why)
    {
        (Func<IndexDocument> make, string named) = BadDocumentCases[why];
        IndexDocument document = make();
        using var temp = new TempDirectory();
        using IEngineIndex index = TestIndexes.Open(temp.Path);
        document.Keyword("id", "bad");

        var error = Assert.Throws<ArgumentException>(() => index.Update("id", "bad", document));

        Assert.Contains(named, error.Message, StringComparison.Ordinal);
        Assert.Equal(0, index.Commit().LiveDocs);
        Assert.False(string.IsNullOrEmpty(why));
    }

    [Fact]
    public void A_use_that_conflicts_with_an_earlier_document_is_rejected()
    {
        using var temp = new TempDirectory();
        using IEngineIndex index = TestIndexes.Open(temp.Path);
        index.Update("id", "a", TestIndexes.WithId("a").Text("title", "hund", "da"));

        var keyword = Assert.Throws<ArgumentException>(() => index.Update("id", "b", TestIndexes.WithId("b").Keyword("title", "hund")));
        var language = Assert.Throws<ArgumentException>(() => index.Update("id", "c", TestIndexes.WithId("c").Text("title", "hond", "nl")));

        Assert.Contains("'title'", keyword.Message, StringComparison.Ordinal);
        Assert.Contains("'da'", language.Message, StringComparison.Ordinal);
        Assert.Equal(1, index.Commit().LiveDocs);
    }

    [Fact]
    public void One_name_carries_several_kinds()
    {
        using var temp = new TempDirectory();
        using IEngineIndex index = TestIndexes.Open(temp.Path);
        index.Update("id", "a", TestIndexes.WithId("a")
            .Keyword("person", "Anna Holm").Facet("person", "Anna Holm").Stored("person", "Anna Holm")
            .Keyword("person", "Bo Jensen").Facet("person", "Bo Jensen").Stored("person", "Bo Jensen")
            .Stored("date", "2024-05-01").Numeric("date", 20240501));
        index.Commit();

        using IEngineSnapshot snapshot = index.OpenSnapshot();
        int doc = TestIndexes.DocOf(snapshot, "a");
        var persons = new List<string>();
        snapshot.LoadValues(doc, "person", persons);
        Assert.Equal(["Anna Holm", "Bo Jensen"], persons);
        Assert.Equal(1, snapshot.Search(new TermQuery("person", "Bo Jensen"), 1).TotalHits);
        Assert.Equal(1, snapshot.Search(new NumericRangeQuery("date", 20240501, 20240501), 1).TotalHits);
        Assert.Equal(
            [new("person", "Anna Holm"), new("person", "Bo Jensen"), new KeyValuePair<string, string>("date", "2024-05-01")],
            snapshot.LoadStored(doc, new HashSet<string> { "person", "date" }));
    }

    [Fact]
    public void Facet_labels_keep_the_record_separator_the_facade_uses_in_aliases()
    {
        using var temp = new TempDirectory();
        using IEngineIndex index = TestIndexes.Open(temp.Path);
        string alias = "Anna Holm\u001EAnna";
        index.Update("id", "a", TestIndexes.WithId("a").Facet("person", alias).Facet("person", "Anna Holm"));
        index.Update("id", "b", TestIndexes.WithId("b").Facet("person", alias));
        index.Commit();

        using IEngineSnapshot snapshot = index.OpenSnapshot();
        var values = new List<string>();
        snapshot.LoadValues(TestIndexes.DocOf(snapshot, "a"), "person", values);
        Assert.Equal(["Anna Holm", alias], values);
        Assert.Equal(2, snapshot.CountValues("person").GetCount(alias));
        Assert.Equal(1, snapshot.CountValues("person").GetCount("Anna Holm"));
    }

    [Fact]
    public void The_longest_value_Lucene_keeps_round_trips()
    {
        using var temp = new TempDirectory();
        using IEngineIndex index = TestIndexes.Open(temp.Path);
        string longest = new('v', 32766);
        index.Update("id", "a", TestIndexes.WithId("a").Value("title", longest).Keyword("tag", longest));
        index.Commit();

        using IEngineSnapshot snapshot = index.OpenSnapshot();
        var values = new List<string>();
        snapshot.LoadValues(0, "title", values);
        Assert.Equal([longest], values);
        Assert.Equal(1, snapshot.DocFreq("tag", longest));
    }
}
