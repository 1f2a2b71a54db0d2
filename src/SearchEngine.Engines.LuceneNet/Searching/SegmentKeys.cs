using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace SearchEngine.Engines.LuceneNet.Searching;

/// <summary>
/// One segment's keys read from the terms of a keyword field (one term per document, the article id): each
/// document's key ordinal (its term's place in term order, -1 without one) and every term's UTF-8 bytes. Built once per
/// segment core, as 4.8's field cache would, because the same name also has binary doc values, whose reads allocate
/// an array each and which the field cache refuses to uninvert; deleted documents keep their ordinals.
/// </summary>
internal sealed class SegmentKeys
{
    private static readonly ConditionalWeakTable<object, ConcurrentDictionary<string, SegmentKeys>> Cache = [];

    private readonly int[] documentOrdinals;
    private readonly byte[] bytes;
    private readonly int[] starts;

    private SegmentKeys(int[] documentOrdinals, byte[] bytes, int[] starts)
    {
        this.documentOrdinals = documentOrdinals;
        this.bytes = bytes;
        this.starts = starts;
    }

    /// <summary>Gets the number of distinct keys.</summary>
    public int Count => starts.Length - 1;

    /// <summary>Returns the keys of <paramref name="field"/> in <paramref name="reader"/>'s segment, read on first use and kept while its core lives.</summary>
    public static SegmentKeys For(AtomicReader reader, string field)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ConcurrentDictionary<string, SegmentKeys> fields = Cache.GetValue(reader.CoreCacheKey, static _ => new(StringComparer.Ordinal));
        return fields.GetOrAdd(field, static (name, segment) => Read(segment, name), reader);
    }

    /// <summary>Returns the key ordinal of <paramref name="doc"/>, or -1 when it has no key.</summary>
    public int OrdinalOf(int doc) => documentOrdinals[doc];

    /// <summary>Returns the UTF-8 bytes of the key with ordinal <paramref name="ordinal"/> (empty for -1).</summary>
    public ReadOnlySpan<byte> KeyOf(int ordinal) => ordinal < 0 ? [] : bytes.AsSpan(starts[ordinal], starts[ordinal + 1] - starts[ordinal]);

    /// <summary>Points <paramref name="target"/> at the bytes of the key with ordinal <paramref name="ordinal"/>, without copying them.</summary>
    public void Point(int ordinal, BytesRef target)
    {
        target.Bytes = ordinal < 0 ? [] : bytes;
        target.Offset = ordinal < 0 ? 0 : starts[ordinal];
        target.Length = ordinal < 0 ? 0 : starts[ordinal + 1] - starts[ordinal];
    }

    /// <summary>Returns the largest ordinal whose key is at or before <paramref name="key"/> (-1 when all come after it).</summary>
    public int Bound(ReadOnlySpan<byte> key)
    {
        int low = 0;
        int high = Count - 1;
        while (low <= high)
        {
            int middle = (low + high) >>> 1;
            int order = KeyOf(middle).SequenceCompareTo(key);
            if (order == 0)
            {
                return middle;
            }

            if (order < 0)
            {
                low = middle + 1;
            }
            else
            {
                high = middle - 1;
            }
        }

        return low - 1;
    }

    private static SegmentKeys Read(AtomicReader reader, string field)
    {
        int[] ordinals = new int[reader.MaxDoc];
        Array.Fill(ordinals, -1);
        var data = new List<byte>();
        var starts = new List<int> { 0 };
        if (reader.GetTerms(field) is Terms terms)
        {
            TermsEnum termsEnum = terms.GetEnumerator();
            DocsEnum? docs = null;
            while (termsEnum.MoveNext())
            {
                BytesRef term = termsEnum.Term;
                int ordinal = starts.Count - 1;
                data.AddRange(term.Bytes.AsSpan(term.Offset, term.Length));
                starts.Add(data.Count);
                docs = termsEnum.Docs(null, docs, DocsFlags.NONE);
                for (int doc = docs.NextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.NextDoc())
                {
                    ordinals[doc] = ordinal;
                }
            }
        }

        return new SegmentKeys(ordinals, [.. data], [.. starts]);
    }
}
