using SearchEngine.Analysis;

namespace SearchEngine.News.Highlighting;

/// <summary>
/// The per-thread working state of highlighting one text: the tokens of the text that a query term matched
/// (offsets, position, ordinal in the stream), which of them each slot matched, the spans found, and scratch
/// space for the phrase finders and passage selection.
/// </summary>
/// <remarks>
/// One instance per thread, reused for every text, so highlighting allocates only its result once the buffers
/// have grown. Only matched tokens are recorded: the rest of the text costs one term lookup per token.
/// </remarks>
internal sealed class HighlightContext
{
    [ThreadStatic]
    private static HighlightContext? current;

    private int[] ordinals = new int[64];
    private int[] starts = new int[64];
    private int[] ends = new int[64];
    private int[] positions = new int[64];
    private int[][] slotTokens = [];
    private int[] slotCounts = [];
    private int[] cursors = new int[8];

    /// <summary>Gets this thread's context.</summary>
    public static HighlightContext Current => current ??= new HighlightContext();

    /// <summary>Gets the start offset of each recorded token.</summary>
    public int[] TokenStarts => starts;

    /// <summary>Gets the end offset of each recorded token.</summary>
    public int[] TokenEnds => ends;

    /// <summary>Gets the position of each recorded token.</summary>
    public int[] TokenPositions => positions;

    /// <summary>Gets the ordinal of each recorded token in the token stream (consecutive tokens differ by 1).</summary>
    public int[] TokenOrdinals => ordinals;

    /// <summary>Gets the spans the query's nodes found.</summary>
    public SpanBuffer Spans { get; } = new();

    /// <summary>Gets the sloppy phrase finder of this thread.</summary>
    public SloppyPhraseFinder SloppyFinder { get; } = new();

    /// <summary>Gets the passage selector of this thread.</summary>
    public PassageSelector Passages { get; } = new();

    /// <summary>Returns the recorded tokens that <paramref name="slot"/> matched, in text order.</summary>
    public ReadOnlySpan<int> Occurrences(int slot) => slotTokens[slot].AsSpan(0, slotCounts[slot]);

    /// <summary>Returns <paramref name="count"/> zeroed ints of scratch space, valid until the next call.</summary>
    public Span<int> Cursors(int count)
    {
        if (cursors.Length < count)
        {
            cursors = new int[Math.Max(count, cursors.Length * 2)];
        }

        Span<int> span = cursors.AsSpan(0, count);
        span.Clear();
        return span;
    }

    /// <summary>
    /// Analyses <paramref name="text"/> with <paramref name="analyzer"/>, recording the tokens that the slots of
    /// <paramref name="plan"/> match; returns whether any token matched.
    /// </summary>
    public bool Analyze(Analyzer analyzer, string text, HighlightPlan plan)
    {
        Prepare(plan.SlotCount);
        TermPredicate[] predicates = plan.Predicates;
        int[] predicateSlots = plan.PredicateSlots;
        int recorded = 0;
        int ordinal = 0;
        int position = -1;
        TokenStream stream = analyzer.GetTokenStream(text);
        TokenAttributes token = stream.Attributes;
        while (stream.IncrementToken())
        {
            position += token.PositionIncrement;
            ReadOnlySpan<char> term = token.Term;
            int index = -1;
            int slot = plan.ExactSlot(term);
            if (slot >= 0)
            {
                index = Record(recorded++, ordinal, token.StartOffset, token.EndOffset, position);
                AddOccurrence(slot, index);
            }

            for (int p = 0; p < predicates.Length; p++)
            {
                if (predicates[p].Matches(term))
                {
                    if (index < 0)
                    {
                        index = Record(recorded++, ordinal, token.StartOffset, token.EndOffset, position);
                    }

                    AddOccurrence(predicateSlots[p], index);
                }
            }

            ordinal++;
        }

        return recorded > 0;
    }

    private void Prepare(int slotCount)
    {
        Spans.Clear();
        if (slotTokens.Length < slotCount)
        {
            int[][] grown = new int[Math.Max(slotCount, slotTokens.Length * 2)][];
            slotTokens.CopyTo(grown, 0);
            for (int i = slotTokens.Length; i < grown.Length; i++)
            {
                grown[i] = new int[16];
            }

            slotTokens = grown;
            slotCounts = new int[grown.Length];
        }

        Array.Clear(slotCounts, 0, slotCount);
    }

    private int Record(int index, int ordinal, int start, int end, int position)
    {
        if (index == starts.Length)
        {
            int size = index * 2;
            Array.Resize(ref ordinals, size);
            Array.Resize(ref starts, size);
            Array.Resize(ref ends, size);
            Array.Resize(ref positions, size);
        }

        ordinals[index] = ordinal;
        starts[index] = start;
        ends[index] = end;
        positions[index] = position;
        return index;
    }

    private void AddOccurrence(int slot, int index)
    {
        int count = slotCounts[slot];
        if (count == slotTokens[slot].Length)
        {
            Array.Resize(ref slotTokens[slot], count * 2);
        }

        slotTokens[slot][count] = index;
        slotCounts[slot] = count + 1;
    }
}
