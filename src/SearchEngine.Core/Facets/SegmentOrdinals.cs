using System.Runtime.CompilerServices;
using SearchEngine.Core.Index;

namespace SearchEngine.Core.Facets;

/// <summary>
/// The ordinals of one segment's sorted-set field decoded once into flat <c>int</c> arrays, and its labels decoded
/// once into strings, so counting a document is an array read and an increment, not a bit-unpacking call.
/// </summary>
/// <remarks>
/// <para>A field where no document has two values (<c>year</c>, <c>month</c>, <c>lang</c>) keeps one ordinal per
/// document (-1 for none): 4 bytes a document. Other fields keep each document's run of distinct ordinals and the
/// runs' starts: 4 bytes a document plus 4 a value. Built on first use per segment and field and kept as long as
/// the segment's doc values are alive (a weak table keyed by them: segments are immutable, and a merged-away
/// segment's entry goes with it). Labels are decoded on first use, each once (a race decodes one twice, equal).</para>
/// <para>Thread-safe: the arrays are read-only once built.</para>
/// </remarks>
internal sealed class SegmentOrdinals
{
    private static readonly ConditionalWeakTable<SortedSetDocValues, SegmentOrdinals> Cache = [];

    private readonly SortedSetDocValues values;
    private readonly string?[] labels;

    private SegmentOrdinals(SortedSetDocValues values)
    {
        this.values = values;
        int maxDoc = values.MaxDoc;
        ValueCount = checked((int)values.ValueCount);
        labels = new string?[ValueCount];
        long total = 0;
        int most = 0;
        for (int doc = 0; doc < maxDoc; doc++)
        {
            int count = values.GetOrdinalCount(doc);
            total += count;
            most = Math.Max(most, count);
        }

        Span<int> buffer = most <= 64 ? stackalloc int[64] : new int[most];
        if (most <= 1)
        {
            var single = new int[maxDoc];
            for (int doc = 0; doc < maxDoc; doc++)
            {
                single[doc] = values.GetOrdinals(doc, buffer) == 0 ? -1 : buffer[0];
            }

            Single = single;
            return;
        }

        var starts = new int[maxDoc + 1];
        var ordinals = new int[checked((int)total)];
        int at = 0;
        for (int doc = 0; doc < maxDoc; doc++)
        {
            starts[doc] = at;
            int n = values.GetOrdinals(doc, buffer);
            int previous = -1;
            for (int i = 0; i < n; i++)
            {
                // Ordinals come ascending; dropping a repeat keeps "once per distinct value" if a codec repeated one.
                if (buffer[i] != previous)
                {
                    ordinals[at++] = previous = buffer[i];
                }
            }
        }

        starts[maxDoc] = at;
        Starts = starts;
        Ordinals = ordinals;
    }

    /// <summary>Gets the number of distinct values (ordinals are 0 to ValueCount - 1).</summary>
    public int ValueCount { get; }

    /// <summary>Gets, for a field with at most one value per document, each document's ordinal (-1 for none); else null.</summary>
    public int[]? Single { get; }

    /// <summary>Gets, for a multi-valued field, where each document's run of ordinals starts in <see cref="Ordinals"/> (MaxDoc + 1 entries); else null.</summary>
    public int[]? Starts { get; }

    /// <summary>Gets, for a multi-valued field, every document's distinct ordinals, ascending per document; else null.</summary>
    public int[]? Ordinals { get; }

    /// <summary>Returns the decoded ordinals of <paramref name="values"/>, building them on first use.</summary>
    public static SegmentOrdinals For(SortedSetDocValues values) => Cache.GetValue(values, static v => new SegmentOrdinals(v));

    /// <summary>Returns the label of <paramref name="ordinal"/>, decoding it on first use.</summary>
    public string Label(int ordinal) => labels[ordinal] ??= values.LookupOrdinal(ordinal);
}
