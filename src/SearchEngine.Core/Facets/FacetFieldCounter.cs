using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Text;
using SearchEngine.Core.Index;

namespace SearchEngine.Core.Facets;

/// <summary>
/// Counts the values of one sorted-set doc values field over documents offered one segment at a time: per
/// segment into an <c>int[]</c> indexed by ordinal, then, at the segment's end, into totals by label.
/// </summary>
/// <remarks>
/// Ordinals are per segment (each segment numbers its own values), so counts merge by label; that happens
/// once per non-zero ordinal of a segment, never per document. <see cref="Count"/> allocates nothing: the
/// ordinals go into a reused buffer and the count array is reused (cleared while merging). A label already
/// seen in an earlier segment is found by its decoded characters, so only new labels allocate a string.
/// </remarks>
internal sealed class FacetFieldCounter
{
    private readonly Dictionary<string, int> totals = new(StringComparer.Ordinal);
    private SortedSetDocValues? values;
    private int[] counts = [];
    private int[] ordinals = new int[16];
    private char[] chars = new char[64];

    /// <summary>Initializes a counter of <paramref name="field"/>.</summary>
    public FacetFieldCounter(string field)
    {
        Field = field;
    }

    /// <summary>Gets the field counted.</summary>
    public string Field { get; }

    /// <summary>Gets the number of counted documents that had at least one value.</summary>
    public int DocCount { get; private set; }

    /// <summary>Starts counting documents of <paramref name="reader"/>.</summary>
    public void BeginSegment(SegmentReader reader)
    {
        values = reader.GetSortedSetDocValues(Field);
        if (values is not null && counts.Length < values.ValueCount)
        {
            counts = new int[checked((int)values.ValueCount)];
        }
    }

    /// <summary>Counts each distinct value of document <paramref name="doc"/> of the current segment once.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Count(int doc)
    {
        if (values is null)
        {
            return;
        }

        int n = values.GetOrdinals(doc, ordinals);
        if (n > ordinals.Length)
        {
            // Grows once to the most values a document has, not per document.
            ordinals = new int[Math.Max(n, ordinals.Length * 2)];
            n = values.GetOrdinals(doc, ordinals);
        }

        if (n == 0)
        {
            return;
        }

        DocCount++;
        int previous = -1;
        for (int i = 0; i < n; i++)
        {
            // Ordinals come ascending; skipping a repeat keeps "once per distinct value" even if a codec repeated one.
            int ordinal = ordinals[i];
            if (ordinal != previous)
            {
                counts[ordinal]++;
                previous = ordinal;
            }
        }
    }

    /// <summary>
    /// Adds the current segment's non-zero counts to the totals by label and clears them for the next segment;
    /// with <paramref name="keep"/>, only the ordinals it marks are added (value search counts only its matches).
    /// </summary>
    public void EndSegment(bool[]? keep = null)
    {
        if (values is null)
        {
            return;
        }

        Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> byChars = totals.GetAlternateLookup<ReadOnlySpan<char>>();
        int valueCount = (int)values.ValueCount;
        for (int ordinal = 0; ordinal < valueCount; ordinal++)
        {
            int count = counts[ordinal];
            if (count == 0)
            {
                continue;
            }

            counts[ordinal] = 0;
            if (keep is not null && !keep[ordinal])
            {
                continue;
            }

            ReadOnlySpan<byte> utf8 = values.LookupOrdinalUtf8(ordinal);
            if (chars.Length < utf8.Length)
            {
                chars = new char[Math.Max(utf8.Length, chars.Length * 2)];
            }

            // UTF-8 never has fewer bytes than its UTF-16 has units, so the buffer always fits.
            int length = Encoding.UTF8.GetChars(utf8, chars);
            CollectionsMarshal.GetValueRefOrAddDefault(byChars, chars.AsSpan(0, length), out _) += count;
        }

        values = null;
    }

    /// <summary>Returns the totals of every segment ended so far; call once, when counting is over (the totals are handed over, not copied).</summary>
    public SortedSetFacetCounts ToCounts() => new(Field, totals, DocCount);
}
