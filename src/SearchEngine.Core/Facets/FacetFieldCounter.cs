using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using SearchEngine.Core.Index;
using SearchEngine.Core.Util;

namespace SearchEngine.Core.Facets;

/// <summary>
/// Counts the values of one sorted-set doc values field over documents offered one segment at a time: per
/// segment into an <c>int[]</c> indexed by ordinal, then, at the segment's end, into totals by label.
/// </summary>
/// <remarks>
/// <para>A document's ordinals come from the segment's <see cref="SegmentOrdinals"/>, decoded once per segment and
/// field, so <see cref="Count(int)"/> is an array read and an increment per value, allocates nothing and makes no
/// virtual call.</para>
/// <para>Ordinals are per segment (each segment numbers its own values), so counts merge by label; that happens
/// once per non-zero ordinal of a segment, never per document, with the segment's cached label strings. When only
/// one segment has counts (the common case of a merged index) no merging happens at all: its non-zero counts are
/// handed over with their labels as they are.</para>
/// </remarks>
internal sealed class FacetFieldCounter
{
    private SegmentOrdinals? segment;
    private int[]? single;
    private int[]? starts;
    private int[]? ordinals;
    private int[] counts = [];
    private int docCount;

    // The non-zero counts of the first segment that had any, and the merged totals once a second one has some.
    private string[]? firstLabels;
    private int[]? firstCounts;
    private Dictionary<string, int>? totals;

    /// <summary>Initializes a counter of <paramref name="field"/>.</summary>
    public FacetFieldCounter(string field)
    {
        Field = field;
    }

    /// <summary>Gets the field counted.</summary>
    public string Field { get; }

    /// <summary>Gets the number of counted documents that had at least one value.</summary>
    public int DocCount => docCount;

    /// <summary>Starts counting documents of <paramref name="reader"/>.</summary>
    public void BeginSegment(SegmentReader reader)
    {
        segment = reader.GetSortedSetDocValues(Field) is { } values ? SegmentOrdinals.For(values) : null;
        single = segment?.Single;
        starts = segment?.Starts;
        ordinals = segment?.Ordinals;
        if (segment is not null && counts.Length < segment.ValueCount)
        {
            counts = new int[segment.ValueCount];
        }
    }

    /// <summary>Counts each distinct value of document <paramref name="doc"/> of the current segment once.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Count(int doc)
    {
        if (single is { } perDoc)
        {
            int ordinal = perDoc[doc];
            if (ordinal >= 0)
            {
                counts[ordinal]++;
                docCount++;
            }

            return;
        }

        if (starts is { } runs)
        {
            int start = runs[doc];
            int end = runs[doc + 1];
            if (start == end)
            {
                return;
            }

            docCount++;
            int[] values = ordinals!;
            int[] perOrdinal = counts;
            for (int i = start; i < end; i++)
            {
                perOrdinal[values[i]]++;
            }
        }
    }

    /// <summary>
    /// Counts each distinct value of each document of <paramref name="docs"/> (of the current segment) once: the
    /// same as calling <see cref="Count(int)"/> for each, in one tight loop per field, which is how the scorers count.
    /// </summary>
    public void Count(ReadOnlySpan<int> docs)
    {
        int[] perOrdinal = counts;
        int counted = 0;
        if (single is { } perDoc)
        {
            foreach (int doc in docs)
            {
                int ordinal = perDoc[doc];
                if (ordinal >= 0)
                {
                    perOrdinal[ordinal]++;
                    counted++;
                }
            }
        }
        else if (starts is { } runs)
        {
            int[] values = ordinals!;
            foreach (int doc in docs)
            {
                int start = runs[doc];
                int end = runs[doc + 1];
                counted += start < end ? 1 : 0;
                for (int i = start; i < end; i++)
                {
                    perOrdinal[values[i]]++;
                }
            }
        }

        docCount += counted;
    }

    /// <summary>Counts every document set in <paramref name="bits"/> (of the current segment), in batches.</summary>
    public void Count(FixedBitSet bits)
    {
        Span<int> batch = stackalloc int[256];
        int n = 0;
        for (int doc = bits.NextSetBit(0); doc >= 0; doc = bits.NextSetBit(doc + 1))
        {
            batch[n++] = doc;
            if (n == batch.Length)
            {
                Count(batch);
                n = 0;
            }
        }

        Count(batch[..n]);
    }

    /// <summary>
    /// Adds the current segment's non-zero counts to the totals by label and clears them for the next segment;
    /// with <paramref name="keep"/>, only the ordinals it marks are added (value search counts only its matches).
    /// </summary>
    public void EndSegment(bool[]? keep = null)
    {
        if (segment is null)
        {
            return;
        }

        int valueCount = segment.ValueCount;
        Span<int> perOrdinal = counts.AsSpan(0, valueCount);
        int nonZero = 0;
        for (int ordinal = 0; ordinal < perOrdinal.Length; ordinal++)
        {
            if (perOrdinal[ordinal] != 0 && (keep is null || keep[ordinal]))
            {
                nonZero++;
            }
        }

        if (nonZero > 0 && firstLabels is null)
        {
            // The first segment with counts: keep its non-zero entries as they are.
            firstLabels = new string[nonZero];
            firstCounts = new int[nonZero];
            int at = 0;
            for (int ordinal = 0; ordinal < perOrdinal.Length; ordinal++)
            {
                if (perOrdinal[ordinal] != 0 && (keep is null || keep[ordinal]))
                {
                    firstLabels[at] = segment.Label(ordinal);
                    firstCounts[at++] = perOrdinal[ordinal];
                }
            }
        }
        else if (nonZero > 0)
        {
            if (totals is null)
            {
                totals = new Dictionary<string, int>(firstLabels!.Length + nonZero, StringComparer.Ordinal);
                for (int i = 0; i < firstLabels.Length; i++)
                {
                    totals[firstLabels[i]] = firstCounts![i];
                }
            }

            for (int ordinal = 0; ordinal < perOrdinal.Length; ordinal++)
            {
                if (perOrdinal[ordinal] != 0 && (keep is null || keep[ordinal]))
                {
                    CollectionsMarshal.GetValueRefOrAddDefault(totals, segment.Label(ordinal), out _) += perOrdinal[ordinal];
                }
            }
        }

        perOrdinal.Clear();
        segment = null;
        single = null;
        starts = null;
        ordinals = null;
    }

    /// <summary>Returns the totals of every segment ended so far; call once, when counting is over.</summary>
    public SortedSetFacetCounts ToCounts()
    {
        if (totals is not null)
        {
            var labels = new string[totals.Count];
            var values = new int[totals.Count];
            int i = 0;
            foreach (KeyValuePair<string, int> entry in totals)
            {
                labels[i] = entry.Key;
                values[i++] = entry.Value;
            }

            return new SortedSetFacetCounts(Field, labels, values, docCount);
        }

        return new SortedSetFacetCounts(Field, firstLabels ?? [], firstCounts ?? [], docCount);
    }
}
