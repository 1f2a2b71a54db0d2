using Lucene.Net.Facet;
using Lucene.Net.Facet.SortedSet;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;
using SearchEngine.News.Facets;

namespace SearchEngine.Engines.LuceneNet.Searching;

/// <summary>
/// The documents of a FacetsCollector counted per global facet ordinal of the snapshot's SortedSetDocValuesReaderState
/// (every dimension in <c>$facets</c>), then read out per dimension.
/// </summary>
/// <remarks>
/// Lucene.Net 4.8's SortedSetDocValuesFacetCounts maps segment ordinals to global ones only when the collector holds
/// more than one segment; DrillSideways's sideways collectors hold only the segments they saw hits in, so on an index
/// of several segments a sideways collector of one segment was counted with that segment's own ordinals, under the
/// wrong labels. Here the ordinal map is used whenever the index has more than one segment.
/// </remarks>
internal sealed class OrdinalCounts
{
    private readonly SortedSetDocValuesReaderState state;
    private readonly SortedSetDocValues globalValues;
    private readonly int[] counts;

    private OrdinalCounts(SortedSetDocValuesReaderState state, SortedSetDocValues globalValues, int[] counts)
    {
        this.state = state;
        this.globalValues = globalValues;
        this.counts = counts;
    }

    /// <summary>Counts the documents <paramref name="collector"/> gathered, each once per distinct facet value it has.</summary>
    public static OrdinalCounts Count(SortedSetDocValuesReaderState state, FacetsCollector collector)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(collector);
        SortedSetDocValues global = state.GetDocValues();
        MultiDocValues.OrdinalMap? map = (global as MultiDocValues.MultiSortedSetDocValues)?.Mapping;
        int[] counts = new int[checked((int)global.ValueCount)];
        foreach (FacetsCollector.MatchingDocs hits in collector.GetMatchingDocs())
        {
            if (hits.Bits is null || hits.Context.AtomicReader.GetSortedSetDocValues(state.Field) is not SortedSetDocValues segment)
            {
                continue;
            }

            DocIdSetIterator? docs = hits.Bits.GetIterator();
            if (docs is null)
            {
                continue;
            }

            int segmentIndex = hits.Context.Ord;
            for (int doc = docs.NextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.NextDoc())
            {
                segment.SetDocument(doc);
                for (long ord = segment.NextOrd(); ord != SortedSetDocValues.NO_MORE_ORDS; ord = segment.NextOrd())
                {
                    counts[map is null ? ord : map.GetGlobalOrd(segmentIndex, ord)]++;
                }
            }
        }

        return new OrdinalCounts(state, global, counts);
    }

    /// <summary>Returns the counts of the dimension <paramref name="field"/>: every label counted at least once; none when the index has no such dimension.</summary>
    public FacetCounts For(string field)
    {
        if (state.GetOrdRange(field) is not SortedSetDocValuesReaderState.OrdRange range)
        {
            return FacetCounts.Empty(field);
        }

        var labels = new List<string>();
        var numbers = new List<int>();
        var bytes = new BytesRef();
        for (int ord = range.Start; ord <= range.End; ord++)
        {
            if (counts[ord] > 0)
            {
                globalValues.LookupOrd(ord, bytes);
                labels.Add(FacetsConfig.StringToPath(bytes.Utf8ToString())[1]);
                numbers.Add(counts[ord]);
            }
        }

        return new FacetCounts(field, labels, numbers);
    }
}
