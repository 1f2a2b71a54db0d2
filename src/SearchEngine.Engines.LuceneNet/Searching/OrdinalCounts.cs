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
    private readonly string[] labels;
    private readonly int[] counts;

    private OrdinalCounts(SortedSetDocValuesReaderState state, string[] labels, int[] counts)
    {
        this.state = state;
        this.labels = labels;
        this.counts = counts;
    }

    /// <summary>
    /// Returns the label of every global ordinal of <paramref name="state"/> (the part after the dimension), decoded
    /// once per snapshot: counts then name their values without touching doc values, also after the snapshot closes.
    /// </summary>
    public static string[] ReadLabels(SortedSetDocValuesReaderState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        SortedSetDocValues values = state.GetDocValues();
        string[] labels = new string[checked((int)values.ValueCount)];
        var bytes = new BytesRef();
        for (int ord = 0; ord < labels.Length; ord++)
        {
            values.LookupOrd(ord, bytes);
            // FacetsConfig escapes U+001E in a label (the facade's alias separator): its own decoder undoes that.
            labels[ord] = FacetsConfig.StringToPath(bytes.Utf8ToString())[1];
        }

        return labels;
    }

    /// <summary>Counts the documents <paramref name="collector"/> gathered, each once per distinct facet value it has.</summary>
    public static OrdinalCounts Count(SortedSetDocValuesReaderState state, string[] labels, FacetsCollector collector)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(labels);
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

            // Counted by the segment's own ordinals, then moved to the global ones once per ordinal (the map is slow
            // per lookup); a single segment's ordinals are the global ones.
            int[] local = map is null ? counts : new int[checked((int)segment.ValueCount)];
            for (int doc = docs.NextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.NextDoc())
            {
                segment.SetDocument(doc);
                for (long ord = segment.NextOrd(); ord != SortedSetDocValues.NO_MORE_ORDS; ord = segment.NextOrd())
                {
                    local[ord]++;
                }
            }

            if (map is not null)
            {
                int segmentIndex = hits.Context.Ord;
                for (int ord = 0; ord < local.Length; ord++)
                {
                    if (local[ord] > 0)
                    {
                        counts[map.GetGlobalOrd(segmentIndex, ord)] += local[ord];
                    }
                }
            }
        }

        return new OrdinalCounts(state, labels, counts);
    }

    /// <summary>Returns the counts of the dimension <paramref name="field"/>: every label counted at least once; none when the index has no such dimension.</summary>
    public FacetCounts For(string field)
    {
        if (state.GetOrdRange(field) is not SortedSetDocValuesReaderState.OrdRange range)
        {
            return FacetCounts.Empty(field);
        }

        // Global ordinals follow the terms "dim" U+001F "label" in byte order, which is the labels' code point order.
        string[] names = labels;
        int start = range.Start;
        int end = range.End;
        return FacetCounts.FromOrdinals(
            field,
            counts,
            start,
            end,
            ord => names[ord],
            label =>
            {
                int low = start;
                int high = end;
                while (low <= high)
                {
                    int middle = (low + high) >>> 1;
                    int order = FacetCounts.CompareLabels(names[middle], label);
                    if (order == 0)
                    {
                        return middle;
                    }

                    (low, high) = order < 0 ? (middle + 1, high) : (low, middle - 1);
                }

                return -1;
            });
    }
}
