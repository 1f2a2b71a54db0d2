namespace SearchEngine.Core.Search;

/// <summary>
/// A binary min-heap of a sloppy phrase's terms, ordered by <see cref="PhrasePositions.Position"/>, then by
/// query offset, then by query order, so the term furthest behind is always on top.
/// </summary>
/// <remarks>
/// A plain 1-based binary heap (sift up on add, move the last to the top and sift down on pop). The ordering is
/// total, so the walk is deterministic and the order in which equal positions are visited follows Lucene's.
/// </remarks>
internal sealed class PhraseQueue
{
    private readonly PhrasePositions[] heap;

    /// <summary>Initializes a queue with room for <paramref name="capacity"/> terms.</summary>
    public PhraseQueue(int capacity)
    {
        heap = new PhrasePositions[capacity + 1];
    }

    /// <summary>Gets the number of terms queued.</summary>
    public int Count { get; private set; }

    /// <summary>Gets the term furthest behind (the queue must not be empty).</summary>
    public PhrasePositions Top => heap[1];

    /// <summary>Empties the queue.</summary>
    public void Clear()
    {
        Array.Clear(heap);
        Count = 0;
    }

    /// <summary>Adds a term.</summary>
    public void Add(PhrasePositions item)
    {
        int i = ++Count;
        for (int parent = i >> 1; parent > 0 && Less(item, heap[parent]); parent = i >> 1)
        {
            heap[i] = heap[parent];
            i = parent;
        }

        heap[i] = item;
    }

    /// <summary>Removes and returns the term furthest behind (the queue must not be empty).</summary>
    public PhrasePositions Pop()
    {
        PhrasePositions top = heap[1];
        PhrasePositions item = heap[Count];
        heap[Count--] = null!;
        int i = 1;
        while (true)
        {
            int child = i << 1;
            if (child > Count)
            {
                break;
            }

            if (child + 1 <= Count && Less(heap[child + 1], heap[child]))
            {
                child++;
            }

            if (!Less(heap[child], item))
            {
                break;
            }

            heap[i] = heap[child];
            i = child;
        }

        if (Count > 0)
        {
            heap[i] = item;
        }

        return top;
    }

    private static bool Less(PhrasePositions a, PhrasePositions b)
    {
        if (a.Position != b.Position)
        {
            return a.Position < b.Position;
        }

        // Equal phrase positions: the term earlier in the query (then the earlier ordinal) comes first.
        return a.Offset != b.Offset ? a.Offset < b.Offset : a.Ordinal < b.Ordinal;
    }
}
