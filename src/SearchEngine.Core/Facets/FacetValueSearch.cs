using SearchEngine.Core.Index;
using SearchEngine.Core.Search;
using SearchEngine.Core.Util;

namespace SearchEngine.Core.Facets;

/// <summary>
/// Finds the values of a facet field by prefix, ignoring case and diacritics, with their document counts: the
/// type-ahead of a facet filter box (<c>schl</c> lists <c>Poul Schlüter</c>).
/// </summary>
/// <remarks>
/// A value matches when the folded prefix (<see cref="FacetFolding"/>) begins the folded value or any word of
/// it. Counts are exact: per segment, the matching ordinals are found in a cached folded index of the values,
/// then the documents are read once, counting only those ordinals (no per-document allocation). Results come by
/// count descending, then label in code point order, as facet lists do. Thread-safe.
/// </remarks>
public static class FacetValueSearch
{
    /// <summary>
    /// Returns up to <paramref name="limit"/> values of the sorted-set field <paramref name="field"/> matching
    /// <paramref name="prefix"/>, each with the number of live documents in the index that have it.
    /// </summary>
    /// <param name="searcher">The searcher whose reader is searched.</param>
    /// <param name="field">The facet field, e.g. <c>person</c>.</param>
    /// <param name="prefix">What the user typed; an empty or blank prefix matches every value.</param>
    /// <param name="limit">The most values to return.</param>
    /// <returns>The matching values with their counts, most frequent first.</returns>
    public static IReadOnlyList<LabelAndCount> Find(IndexSearcher searcher, string field, string prefix, int limit)
    {
        ArgumentNullException.ThrowIfNull(searcher);
        var segments = new List<(LeafContext, FixedBitSet?)>(searcher.Leaves.Count);
        foreach (LeafContext leaf in searcher.Leaves)
        {
            segments.Add((leaf, null));
        }

        return Find(segments, field, prefix, limit);
    }

    /// <summary>
    /// Returns up to <paramref name="limit"/> values of <paramref name="field"/> matching <paramref name="prefix"/>,
    /// counted over <paramref name="matchingDocs"/> only (e.g. the results of a search, from <see cref="FacetsCollector"/>).
    /// </summary>
    public static IReadOnlyList<LabelAndCount> Find(IReadOnlyList<MatchingDocs> matchingDocs, string field, string prefix, int limit)
    {
        ArgumentNullException.ThrowIfNull(matchingDocs);
        var segments = new List<(LeafContext, FixedBitSet?)>(matchingDocs.Count);
        foreach (MatchingDocs docs in matchingDocs)
        {
            segments.Add((docs.Leaf, docs.Bits));
        }

        return Find(segments, field, prefix, limit);
    }

    /// <summary>
    /// Returns the number of live documents in the index that have each of <paramref name="values"/> in the
    /// sorted-set field <paramref name="field"/>, in one pass over the documents; values no document has are left
    /// out. Results come by count descending, then label.
    /// </summary>
    /// <param name="searcher">The searcher whose reader is counted.</param>
    /// <param name="field">The facet field, e.g. <c>person</c>.</param>
    /// <param name="values">The exact values to count.</param>
    public static IReadOnlyList<LabelAndCount> Count(IndexSearcher searcher, string field, IReadOnlyCollection<string> values)
    {
        ArgumentNullException.ThrowIfNull(searcher);
        ArgumentException.ThrowIfNullOrEmpty(field);
        ArgumentNullException.ThrowIfNull(values);
        var segments = new List<(LeafContext, FixedBitSet?)>(searcher.Leaves.Count);
        foreach (LeafContext leaf in searcher.Leaves)
        {
            segments.Add((leaf, null));
        }

        return CountMarked(segments, field, (docValues, marks) =>
        {
            int marked = 0;
            foreach (string value in values)
            {
                long ordinal = docValues.LookupTerm(value);
                if (ordinal >= 0 && !marks[ordinal])
                {
                    marks[ordinal] = true;
                    marked++;
                }
            }

            return marked;
        }).GetAll();
    }

    private static IReadOnlyList<LabelAndCount> Find(List<(LeafContext Leaf, FixedBitSet? Bits)> segments, string field, string prefix, int limit)
    {
        ArgumentException.ThrowIfNullOrEmpty(field);
        ArgumentNullException.ThrowIfNull(prefix);
        ArgumentOutOfRangeException.ThrowIfNegative(limit);
        string folded = FacetFolding.Fold(prefix.Trim());
        return CountMarked(segments, field, (values, marks) => FoldedValueIndex.For(values).Mark(folded, marks)).GetTop(limit);
    }

    /// <summary>Counts, per segment, the ordinals <paramref name="mark"/> marks (it returns how many), over the segment's given or live documents.</summary>
    private static SortedSetFacetCounts CountMarked(List<(LeafContext Leaf, FixedBitSet? Bits)> segments, string field, Func<SortedSetDocValues, bool[], int> mark)
    {
        var counter = new FacetFieldCounter(field);
        foreach ((LeafContext leaf, FixedBitSet? bits) in segments)
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
            if (bits is not null)
            {
                counter.Count(bits);
            }
            else
            {
                for (int doc = 0; doc < reader.MaxDoc; doc++)
                {
                    if (reader.IsLive(doc))
                    {
                        counter.Count(doc);
                    }
                }
            }

            counter.EndSegment(marks);
        }

        return counter.ToCounts();
    }
}
