namespace SearchEngine.News.Highlighting;

/// <summary>
/// The spans a query's nodes found in one text, with the leaf each belongs to, and, once sorted, the same spans
/// merged where they overlap or touch: the stretches actually marked.
/// </summary>
/// <remarks>
/// Nodes append as they evaluate and a boolean node that turns out not to match takes its clauses' spans back
/// with <see cref="Truncate"/>. A span is <em>counted</em> when it stands for one occurrence of its leaf (a
/// sloppy phrase occurrence split into several spans counts once), which is what passage scoring counts.
/// </remarks>
internal sealed class SpanBuffer
{
    private int[] starts = new int[32];
    private int[] ends = new int[32];
    private int[] leaves = new int[32];
    private bool[] counted = new bool[32];
    private long[] keys = new long[32];
    private int[] order = new int[32];
    private int[] sortedLeaves = new int[32];
    private bool[] sortedCounted = new bool[32];
    private int[] mergedStarts = new int[32];
    private int[] mergedEnds = new int[32];

    /// <summary>Gets the number of spans.</summary>
    public int Count { get; private set; }

    /// <summary>Gets the number of merged spans (after <see cref="SortAndMerge"/>).</summary>
    public int MergedCount { get; private set; }

    /// <summary>Appends a span of leaf <paramref name="leaf"/>.</summary>
    public void Add(int start, int end, int leaf, bool counted)
    {
        if (Count == starts.Length)
        {
            Grow();
        }

        starts[Count] = start;
        ends[Count] = end;
        leaves[Count] = leaf;
        this.counted[Count] = counted;
        Count++;
    }

    /// <summary>Drops the spans added after the first <paramref name="count"/>.</summary>
    public void Truncate(int count) => Count = count;

    /// <summary>Drops every span.</summary>
    public void Clear()
    {
        Count = 0;
        MergedCount = 0;
    }

    /// <summary>Gets the start offset of span <paramref name="i"/>.</summary>
    public int Start(int i) => starts[i];

    /// <summary>Gets the leaf of span <paramref name="i"/>.</summary>
    public int Leaf(int i) => leaves[i];

    /// <summary>Gets a value indicating whether span <paramref name="i"/> counts as an occurrence of its leaf.</summary>
    public bool IsCounted(int i) => counted[i];

    /// <summary>Gets the start offset of merged span <paramref name="i"/>.</summary>
    public int MergedStart(int i) => mergedStarts[i];

    /// <summary>Gets the end offset of merged span <paramref name="i"/>.</summary>
    public int MergedEnd(int i) => mergedEnds[i];

    /// <summary>Sorts the spans by start, then end, and merges overlapping or touching ones into the merged spans.</summary>
    public void SortAndMerge()
    {
        int n = Count;
        for (int i = 0; i < n; i++)
        {
            keys[i] = ((long)starts[i] << 32) | (uint)ends[i];
            order[i] = i;
        }

        Array.Sort(keys, order, 0, n);
        for (int i = 0; i < n; i++)
        {
            sortedLeaves[i] = leaves[order[i]];
            sortedCounted[i] = counted[order[i]];
            starts[i] = (int)(keys[i] >> 32);
            ends[i] = (int)keys[i];
        }

        (leaves, sortedLeaves) = (sortedLeaves, leaves);
        (counted, sortedCounted) = (sortedCounted, counted);
        int merged = 0;
        for (int i = 0; i < n; i++)
        {
            if (merged > 0 && starts[i] <= mergedEnds[merged - 1])
            {
                mergedEnds[merged - 1] = Math.Max(mergedEnds[merged - 1], ends[i]);
            }
            else
            {
                mergedStarts[merged] = starts[i];
                mergedEnds[merged] = ends[i];
                merged++;
            }
        }

        MergedCount = merged;
    }

    /// <summary>Doubles every array together, so the sorted copies can always swap with the originals.</summary>
    private void Grow()
    {
        int size = starts.Length * 2;
        Array.Resize(ref starts, size);
        Array.Resize(ref ends, size);
        Array.Resize(ref leaves, size);
        Array.Resize(ref counted, size);
        keys = new long[size];
        order = new int[size];
        sortedLeaves = new int[size];
        sortedCounted = new bool[size];
        mergedStarts = new int[size];
        mergedEnds = new int[size];
    }
}
