using System.Text;
using SearchEngine.Core.Codecs.Norms;
using SearchEngine.Core.Index;

namespace SearchEngine.Core.Tests.Index.Merging;

/// <summary>
/// Compares two segments field by field through their readers: postings (every term, document, frequency,
/// position, offset and the first block's impacts), norms, stored fields and doc values. Fields are matched by
/// name, since numbering may differ; a field only one segment has must be empty there (all its documents deleted).
/// </summary>
internal static class SegmentContentAssert
{
    public static void Equal(SegmentCore expected, SegmentCore actual)
    {
        Assert.Equal(expected.Info.MaxDoc, actual.Info.MaxDoc);
        var names = new SortedSet<string>(StringComparer.Ordinal);
        foreach (FieldInfo field in expected.Info.FieldInfos)
        {
            names.Add(field.Name);
        }

        foreach (FieldInfo field in actual.Info.FieldInfos)
        {
            names.Add(field.Name);
        }

        foreach (string name in names)
        {
            FieldInfo? e = expected.Info.FieldInfos.Find(name);
            FieldInfo? a = actual.Info.FieldInfos.Find(name);
            if (e is not null && a is not null)
            {
                Assert.Equal((e.IndexOptions, e.HasNorms, e.DocValues), (a.IndexOptions, a.HasNorms, a.DocValues));
            }

            PostingsEqual(name, expected.Postings.GetTerms(name), actual.Postings.GetTerms(name));
            Assert.True(Norms(expected, e).SequenceEqual(Norms(actual, a)), $"norms of '{name}' differ");
            NumericEqual(name, expected, e, actual, a);
            SortedSetEqual(name, expected, e, actual, a);
        }

        for (int doc = 0; doc < expected.Info.MaxDoc; doc++)
        {
            Assert.Equal(StoredFields(expected, doc), StoredFields(actual, doc));
        }
    }

    /// <summary>Returns the stored values of a document as (field name, value) pairs in stored order.</summary>
    public static List<(string Field, string Value)> StoredFields(SegmentCore segment, int doc)
    {
        var visitor = new CollectingVisitor();
        segment.StoredFields.VisitDocument(doc, visitor);
        return visitor.Values;
    }

    private static void PostingsEqual(string field, Terms? expected, Terms? actual)
    {
        Assert.True((expected is null) == (actual is null), $"field '{field}' has terms in only one segment");
        if (expected is null || actual is null)
        {
            return;
        }

        Assert.Equal(
            (expected.TermCount, expected.SumDocFreq, expected.SumTotalTermFreq, expected.DocCount, expected.HasFreqs, expected.HasPositions, expected.HasOffsets),
            (actual.TermCount, actual.SumDocFreq, actual.SumTotalTermFreq, actual.DocCount, actual.HasFreqs, actual.HasPositions, actual.HasOffsets));
        TermsEnum e = expected.GetIterator();
        TermsEnum a = actual.GetIterator();
        PostingsEnum? ep = null;
        PostingsEnum? ap = null;
        while (e.MoveNext())
        {
            Assert.True(a.MoveNext(), $"field '{field}' lacks term '{Encoding.UTF8.GetString(e.Term)}'");
            string term = Encoding.UTF8.GetString(e.Term);
            Assert.True(e.Term.SequenceEqual(a.Term), $"field '{field}': term '{Encoding.UTF8.GetString(a.Term)}' where '{term}' was expected");
            Assert.Equal((e.DocFreq, e.TotalTermFreq), (a.DocFreq, a.TotalTermFreq));
            ep = e.Postings(ep, PostingsFeatures.All);
            ap = a.Postings(ap, PostingsFeatures.All);
            Assert.True(ep.GetImpacts().SequenceEqual(ap.GetImpacts()), $"impacts of '{field}:{term}' differ");
            for (int doc = ep.NextDoc(); doc != PostingsEnum.NoMoreDocs; doc = ep.NextDoc())
            {
                Assert.Equal(doc, ap.NextDoc());
                Assert.Equal(ep.Freq, ap.Freq);
                for (int i = 0; i < ep.Freq; i++)
                {
                    Assert.Equal((ep.NextPosition(), ep.StartOffset, ep.EndOffset), (ap.NextPosition(), ap.StartOffset, ap.EndOffset));
                }
            }

            Assert.Equal(PostingsEnum.NoMoreDocs, ap.NextDoc());
        }

        Assert.False(a.MoveNext(), $"field '{field}' has extra terms");
    }

    private static byte[] Norms(SegmentCore segment, FieldInfo? field)
    {
        // A field a segment has no norms for reads as norm 0 in every document, as a document without the field does.
        NormValues? norms = field is { HasNorms: true } ? segment.Norms.GetNorms(field) : null;
        return norms is null ? new byte[segment.Info.MaxDoc] : norms.Values.ToArray();
    }

    private static void NumericEqual(string name, SegmentCore expected, FieldInfo? e, SegmentCore actual, FieldInfo? a)
    {
        NumericDocValues? ev = e is null ? null : expected.DocValues.GetNumeric(e);
        NumericDocValues? av = a is null ? null : actual.DocValues.GetNumeric(a);
        for (int doc = 0; doc < expected.Info.MaxDoc; doc++)
        {
            long ex = 0;
            long ax = 0;
            bool eHas = ev is not null && ev.TryGet(doc, out ex);
            bool aHas = av is not null && av.TryGet(doc, out ax);
            Assert.True((eHas, ex) == (aHas, ax), $"numeric '{name}' of doc {doc}: expected {(eHas ? ex : "none")}, got {(aHas ? ax : "none")}");
        }
    }

    private static void SortedSetEqual(string name, SegmentCore expected, FieldInfo? e, SegmentCore actual, FieldInfo? a)
    {
        SortedSetDocValues? ev = e is null ? null : expected.DocValues.GetSortedSet(e);
        SortedSetDocValues? av = a is null ? null : actual.DocValues.GetSortedSet(a);
        Assert.Equal(Values(ev), Values(av));
        for (int doc = 0; doc < expected.Info.MaxDoc; doc++)
        {
            Assert.True(Ordinals(ev, doc).SequenceEqual(Ordinals(av, doc)), $"sorted set '{name}' of doc {doc} differs");
        }
    }

    private static List<string> Values(SortedSetDocValues? values)
    {
        var list = new List<string>();
        for (long ord = 0; ord < (values?.ValueCount ?? 0); ord++)
        {
            list.Add(values!.LookupOrdinal(ord));
        }

        return list;
    }

    private static int[] Ordinals(SortedSetDocValues? values, int doc)
    {
        if (values is null)
        {
            return [];
        }

        int[] ordinals = new int[values.GetOrdinalCount(doc)];
        values.GetOrdinals(doc, ordinals);
        return ordinals;
    }

    private sealed class CollectingVisitor : StoredFieldVisitor
    {
        public List<(string Field, string Value)> Values { get; } = [];

        public override StoredFieldStatus NeedsField(FieldInfo field) => StoredFieldStatus.Yes;

        public override void StringField(FieldInfo field, string value) => Values.Add((field.Name, "s:" + value));

        public override void Int64Field(FieldInfo field, long value) => Values.Add((field.Name, "n:" + value));
    }
}
