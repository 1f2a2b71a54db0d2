using System.Text;
using SearchEngine.Core.Codecs.Norms;
using SearchEngine.Core.Index;
using SearchEngine.Core.Search;
using SearchEngine.Core.Store;

namespace SearchEngine.Core.Tests.Codecs.Bounds;

/// <summary>Opens an index and reads every byte a search could: terms, postings with positions and skips, norms, doc values, stored fields, and searches.</summary>
internal static class ReadEverything
{
    /// <summary>Opens the index in <paramref name="folder"/> (the stage that can fail first), then passes it to <paramref name="afterOpen"/>.</summary>
    public static void Open(string folder, Action<DirectoryReader>? afterOpen = null)
    {
        using var directory = new FileSystemDirectory(folder);
        Open(directory, afterOpen);
    }

    /// <summary>Opens the index in <paramref name="directory"/>, then passes it to <paramref name="afterOpen"/>.</summary>
    public static void Open(IndexDirectory directory, Action<DirectoryReader>? afterOpen = null)
    {
        using DirectoryReader reader = DirectoryReader.Open(directory);
        afterOpen?.Invoke(reader);
    }

    /// <summary>Reads everything of every segment of <paramref name="reader"/> and runs a few searches.</summary>
    public static void Read(DirectoryReader reader)
    {
        var frequent = new List<string>();
        foreach (SegmentReader segment in reader.Segments)
        {
            foreach (FieldInfo field in segment.FieldInfos)
            {
                if (segment.GetTerms(field.Name) is Terms terms)
                {
                    ReadTerms(terms, field.Name == "body" ? frequent : null);
                }

                NormValues? norms = segment.GetNorms(field.Name);
                for (int doc = 0; norms is not null && doc < segment.MaxDoc; doc++)
                {
                    _ = norms.Get(doc);
                }

                ReadDocValues(segment, field.Name);
            }

            var visitor = new EveryField();
            for (int doc = 0; doc < segment.MaxDoc; doc++)
            {
                segment.Document(doc, visitor);
            }
        }

        var searcher = new IndexSearcher(reader);
        foreach (string text in frequent.Take(4))
        {
            _ = searcher.Search(new TermQuery("body", text), 10);
        }

        if (frequent.Count >= 2)
        {
            _ = searcher.Search(new PhraseQuery("body", [frequent[0], frequent[1]], slop: 3), 10);
        }
    }

    private static void ReadTerms(Terms terms, List<string>? frequent)
    {
        TermsEnum termsEnum = terms.GetIterator();
        PostingsEnum? postings = null;
        PostingsEnum? skipping = null;
        while (termsEnum.MoveNext())
        {
            if (frequent is not null && termsEnum.DocFreq > 50)
            {
                frequent.Add(Encoding.UTF8.GetString(termsEnum.Term));
            }

            _ = termsEnum.TotalTermFreq;
            postings = termsEnum.Postings(postings, PostingsFeatures.Offsets);
            for (int doc = postings.NextDoc(); doc != PostingsEnum.NoMoreDocs; doc = postings.NextDoc())
            {
                for (int i = 0; terms.HasPositions && i < postings.Freq; i++)
                {
                    _ = postings.NextPosition();
                }
            }

            skipping = termsEnum.Postings(skipping, PostingsFeatures.Positions);
            for (int doc = skipping.Advance(0); doc != PostingsEnum.NoMoreDocs; doc = skipping.Advance(doc + 61))
            {
                skipping.AdvanceShallow(doc);
                _ = skipping.GetImpacts();
                _ = skipping.NextPosition();
            }
        }
    }

    private static void ReadDocValues(SegmentReader segment, string field)
    {
        NumericDocValues? numeric = segment.GetNumericDocValues(field);
        for (int doc = 0; numeric is not null && doc < segment.MaxDoc; doc++)
        {
            _ = numeric.TryGet(doc, out _);
        }

        SortedSetDocValues? sortedSet = segment.GetSortedSetDocValues(field);
        Span<int> ordinals = stackalloc int[16];
        for (int doc = 0; sortedSet is not null && doc < segment.MaxDoc; doc++)
        {
            int count = sortedSet.GetOrdinals(doc, ordinals);
            foreach (int ordinal in ordinals[..Math.Min(count, ordinals.Length)])
            {
                _ = sortedSet.LookupTerm(sortedSet.LookupOrdinal(ordinal));
            }
        }
    }

    private sealed class EveryField : StoredFieldVisitor
    {
        public override StoredFieldStatus NeedsField(FieldInfo field) => StoredFieldStatus.Yes;
    }
}
