using System.Globalization;
using System.Text;
using SearchEngine.Analysis;
using SearchEngine.Core.Documents;
using SearchEngine.Core.Index;
using SearchEngine.Core.Index.Inversion;
using SearchEngine.Core.Store;
using SearchEngine.Core.Util;

namespace SearchEngine.Core.Tests.Index.Merging;

/// <summary>Random news-like documents, and segments built from them with the real flush path.</summary>
internal static class MergeCorpus
{
    // Stop words ("og", "i", "at", "det", "en") leave position gaps; "nyhed" is common enough for full postings blocks.
    private static readonly string[] Words =
    [
        "og", "i", "at", "det", "en", "nyhed", "regeringen", "København", "Aarhus", "valget", "skolerne", "lærerne",
        "politiet", "borgmester", "kommunen", "vejret", "regn", "sol", "fodbold", "landsholdet", "vandt", "tabte",
        "økonomien", "renten", "steg", "faldt", "hospitalet", "patienter", "ventetid", "børn", "familier", "huse",
    ];

    // Includes values whose UTF-16 order differs from their UTF-8 order (U+1F600 sorts before U+E000 in UTF-16).
    private static readonly string[] Tags = ["indland", "udland", "sport", "kultur", "\U0001F600", "\uE000privat", "økonomi", "Zebra"];

    /// <summary>Creates document <paramref name="i"/>: id, title, body (sometimes two values), tags, date, views and a rare field.</summary>
    public static Document Create(int i, Random random)
    {
        Analyzer danish = AnalyzerRegistry.Get("da");
        string id = Id(i);
        var document = new Document()
            .Add(Field.Keyword("id", id, stored: true))
            .Add(Field.Text("title", Sentence(random, 3, 8), danish, stored: true, offsets: false));
        int bodies = random.Next(4) == 0 ? 2 : 1;
        for (int b = 0; b < bodies; b++)
        {
            document.Add(Field.Text("body", Sentence(random, 5, 40) + " unik" + id, danish, stored: false));
        }

        int tags = random.Next(3);
        for (int t = 0; t < tags; t++)
        {
            document.Add(Field.SortedSetDocValues("tag", Tags[random.Next(Tags.Length)]));
        }

        // A value of one document only: when that document is deleted, the value must leave the merged list.
        if (random.Next(8) == 0)
        {
            document.Add(Field.SortedSetDocValues("tag", "kun" + id));
        }

        if (random.Next(5) != 0)
        {
            document.Add(Field.NumericDocValues("date", 20240101 + random.Next(400)));
        }

        document.Add(Field.Stored("views", random.Next(-5, 100_000)));
        if (random.Next(40) == 0)
        {
            document.Add(Field.Keyword("rare" + (i % 3).ToString(CultureInfo.InvariantCulture), "x", stored: true));
        }

        return document;
    }

    /// <summary>Returns the stored id of document <paramref name="i"/>.</summary>
    public static string Id(int i) => "doc" + i.ToString(CultureInfo.InvariantCulture);

    /// <summary>
    /// Flushes <paramref name="documents"/> as segment <paramref name="name"/>, deleting those at <paramref name="deleted"/>
    /// by their id term, as an update does (by number for documents without an id).
    /// </summary>
    public static FlushedSegment Build(IndexDirectory directory, string name, IReadOnlyList<Document> documents, IEnumerable<int> deleted)
    {
        using var builder = new SegmentBuilder(directory, name);
        foreach (Document document in documents)
        {
            builder.AddDocument(document);
        }

        foreach (int index in deleted)
        {
            Field? id = documents[index].FirstOrDefault(f => f.Name == "id");
            if (id is null)
            {
                builder.DeleteDocument(index);
            }
            else
            {
                builder.DeleteByTerm(new Term("id", id.StringValue!));
            }
        }

        return builder.Flush() ?? throw new InvalidOperationException("nothing flushed");
    }

    /// <summary>Returns the live documents of a flushed segment: null without deletions, else the complement of its deleted set.</summary>
    public static FixedBitSet? LiveDocs(FlushedSegment segment)
    {
        if (segment.Deleted is null)
        {
            return null;
        }

        var live = new FixedBitSet(segment.Info.MaxDoc);
        live.SetAll();
        for (int doc = segment.Deleted.NextSetBit(0); doc >= 0; doc = segment.Deleted.NextSetBit(doc + 1))
        {
            live.Clear(doc);
        }

        return live;
    }

    private static string Sentence(Random random, int min, int max)
    {
        var text = new StringBuilder();
        int count = random.Next(min, max);
        for (int w = 0; w < count; w++)
        {
            text.Append(w == 0 ? string.Empty : random.Next(10) == 0 ? ", " : " ").Append(Words[random.Next(Words.Length)]);
        }

        return text.Append('.').ToString();
    }
}
