using SearchEngine.Analysis;
using SearchEngine.Core.Documents;
using SearchEngine.Core.Index;
using SearchEngine.Core.Search;
using SearchEngine.Core.Store;
using SearchEngine.Core.Tests.Index;

namespace SearchEngine.Core.Tests.Search;

/// <summary>
/// A random index of words from a small, skewed vocabulary over several segments with deletions, kept beside a
/// model of every document (deleted ones included, since no merge runs and BM25 statistics count them).
/// </summary>
internal sealed class RandomCorpus : IDisposable
{
    public const string Body = "body";
    public const string Title = "title";
    public const string Tag = "tag";
    public const string Date = "date";
    public const string Key = "key";

    // Prefixes that make key order differ between UTF-8 bytes and UTF-16 code units (U+E000 sorts after a surrogate pair in UTF-16).
    private static readonly string[] KeyPrefixes = ["", "\uE000", "\U0001F600", "Z", "\u00E5", "a"];

    private static readonly string[] Words =
        ["alfa", "bravo", "charlie", "delta", "ekko", "foxtrot", "golf", "hotel", "india", "juliet", "kilo", "lima", "mike", "november"];

    private static readonly string[] Tags = ["rød", "grøn", "blå"];

    private RandomCorpus(DirectoryReader reader, CorpusDoc[] docs)
    {
        Reader = reader;
        Searcher = new IndexSearcher(reader);
        Docs = docs;
        foreach (string field in new[] { Body, Title, Tag })
        {
            var terms = new SortedSet<string>(StringComparer.Ordinal);
            foreach (CorpusDoc doc in docs)
            {
                if (doc.Terms.TryGetValue(field, out var fieldTerms))
                {
                    terms.UnionWith(fieldTerms.Keys);
                }
            }

            Vocabulary[field] = [.. terms];
        }
    }

    public DirectoryReader Reader { get; }

    public IndexSearcher Searcher { get; }

    /// <summary>Gets the documents by index-wide doc id, deleted ones included.</summary>
    public IReadOnlyList<CorpusDoc> Docs { get; }

    /// <summary>Gets the distinct indexed terms of each field.</summary>
    public Dictionary<string, string[]> Vocabulary { get; } = new(StringComparer.Ordinal);

    /// <summary>Writes <paramref name="segments"/> segments of about <paramref name="docsPerSegment"/> documents each, deleting some after each commit.</summary>
    public static RandomCorpus Build(IndexDirectory directory, int seed, int segments = 4, int docsPerSegment = 300)
    {
        Analyzer analyzer = AnalyzerRegistry.Get("da");
        var random = new Random(seed);
        var model = new Dictionary<string, CorpusDoc>(StringComparer.Ordinal);
        var config = new IndexWriterConfig { MergeInBackground = false };
        using (var writer = new IndexWriter(directory, config))
        {
            for (int segment = 0; segment < segments; segment++)
            {
                int count = random.Next(docsPerSegment / 2, (docsPerSegment * 3 / 2) + 1);
                for (int i = 0; i < count; i++)
                {
                    var doc = new CorpusDoc("d" + model.Count);
                    writer.AddDocument(RandomDocument(random, analyzer, doc));
                    model.Add(doc.Id, doc);
                }

                writer.Commit();

                // Deleted documents stay in their segments (no merges), so statistics still count them.
                foreach (CorpusDoc doc in model.Values)
                {
                    if (doc.Live && random.NextDouble() < 0.08)
                    {
                        writer.DeleteDocuments(new Term("id", doc.Id));
                        doc.Live = false;
                    }
                }
            }

            writer.Commit();
        }

        DirectoryReader reader = DirectoryReader.Open(directory);
        Assert.Equal(model.Count, reader.MaxDoc);
        var docs = new CorpusDoc[reader.MaxDoc];
        for (int s = 0; s < reader.Segments.Count; s++)
        {
            SegmentReader segmentReader = reader.Segments[s];
            for (int doc = 0; doc < segmentReader.MaxDoc; doc++)
            {
                CorpusDoc modelDoc = model[IndexTestUtil.StoredId(segmentReader, doc)];
                Assert.Equal(modelDoc.Live, segmentReader.IsLive(doc));
                docs[reader.DocBase(s) + doc] = modelDoc;
            }
        }

        return new RandomCorpus(reader, docs);
    }

    public void Dispose() => Reader.Dispose();

    private static Document RandomDocument(Random random, Analyzer analyzer, CorpusDoc model)
    {
        var document = new Document().Add(Field.Keyword("id", model.Id, stored: true));

        // A unique key in an order unrelated to the doc ids, drawn from the id alone so the random stream is unchanged.
        int number = int.Parse(model.Id.AsSpan(1), System.Globalization.CultureInfo.InvariantCulture);
        model.Key = KeyPrefixes[(number * 7) % KeyPrefixes.Length] + new string([.. model.Id.Reverse()]);
        document.Add(Field.SortedSetDocValues(Key, model.Key));
        if (random.NextDouble() < 0.95)
        {
            AddText(document, model, analyzer, Body, RandomText(random, random.Next(1, 40)));
        }

        if (random.NextDouble() < 0.6)
        {
            AddText(document, model, analyzer, Title, RandomText(random, random.Next(1, 7)));
        }

        foreach (string tag in Tags)
        {
            if (random.NextDouble() < 0.3)
            {
                document.Add(Field.Keyword(Tag, tag));
                Count(model, Tag, tag);
            }
        }

        if (random.NextDouble() < 0.8)
        {
            // Few distinct dates, so sorting by date has ties for the score to break.
            model.Date = 20240100 + random.Next(12);
            document.Add(Field.NumericDocValues(Date, model.Date.Value));
        }

        return document;
    }

    // Squaring a uniform number skews choices toward the first words: some terms are common (many impact
    // blocks), others rare (high idf).
    private static string RandomText(Random random, int length)
    {
        var words = new string[length];
        for (int i = 0; i < length; i++)
        {
            double u = random.NextDouble();
            words[i] = Words[(int)(u * u * Words.Length)];
        }

        return string.Join(' ', words);
    }

    private static void AddText(Document document, CorpusDoc model, Analyzer analyzer, string field, string text)
    {
        document.Add(Field.Text(field, text, analyzer));
        TokenStream tokens = analyzer.GetTokenStream(text);
        while (tokens.IncrementToken())
        {
            Count(model, field, new string(tokens.Attributes.Term));
        }
    }

    private static void Count(CorpusDoc model, string field, string term)
    {
        if (!model.Terms.TryGetValue(field, out var terms))
        {
            model.Terms[field] = terms = new Dictionary<string, int>(StringComparer.Ordinal);
        }

        terms[term] = terms.GetValueOrDefault(term) + 1;
        model.Lengths[field] = model.Lengths.GetValueOrDefault(field) + 1;
    }
}
