using SearchEngine.Core.Index;
using SearchEngine.Core.Search;

namespace SearchEngine.Core.Facets;

/// <summary>
/// Counts chosen values of a facet field over every live document: the values a predicate keeps (a facet value
/// search by prefix). The predicate runs once per distinct value of each segment; the
/// documents are then read once, counting only the kept ordinals (no per-document allocation). Thread-safe.
/// </summary>
internal static class FacetValueSearch
{
    /// <summary>
    /// Returns the number of live documents in the index that have each value of the sorted-set field
    /// <paramref name="field"/> that <paramref name="accept"/> keeps (every value when it is null).
    /// </summary>
    /// <param name="searcher">The searcher whose reader is counted.</param>
    /// <param name="field">The facet field, e.g. <c>person</c>.</param>
    /// <param name="accept">The predicate over values, or null for all.</param>
    public static SortedSetFacetCounts Count(IndexSearcher searcher, string field, Func<string, bool>? accept)
    {
        ArgumentNullException.ThrowIfNull(searcher);
        ArgumentException.ThrowIfNullOrEmpty(field);
        return CountMarked(searcher, field, (docValues, marks) =>
        {
            int marked = 0;
            for (int ordinal = 0; ordinal < marks.Length; ordinal++)
            {
                if (accept is null || accept(docValues.LookupOrdinal(ordinal)))
                {
                    marks[ordinal] = true;
                    marked++;
                }
            }

            return marked;
        });
    }

    /// <summary>Counts, per segment, the ordinals <paramref name="mark"/> marks (it returns how many), over the segment's live documents.</summary>
    private static SortedSetFacetCounts CountMarked(IndexSearcher searcher, string field, Func<SortedSetDocValues, bool[], int> mark)
    {
        var counter = new FacetFieldCounter(field);
        foreach (LeafContext leaf in searcher.Leaves)
        {
            SegmentReader reader = leaf.Reader;
            if (reader.GetSortedSetDocValues(field) is not { } values)
            {
                continue;
            }

            var marks = new bool[values.ValueCount];
            if (mark(values, marks) == 0)
            {
                continue;
            }

            // Counting every ordinal of a document costs the same as testing each against the marks; the marks
            // then decide which counts are kept.
            counter.BeginSegment(reader);
            for (int doc = 0; doc < reader.MaxDoc; doc++)
            {
                if (reader.IsLive(doc))
                {
                    counter.Count(doc);
                }
            }

            counter.EndSegment(marks);
        }

        return counter.ToCounts();
    }
}
