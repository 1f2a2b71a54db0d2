namespace SearchEngine.Core.Facets;

/// <summary>
/// The order facet values are listed in: count descending, then label ascending in Unicode code point order
/// (the order of UTF-8 bytes, which Lucene's facets and the peers use), and the top-N selection in that order.
/// </summary>
internal static class LabelOrder
{
    /// <summary>Gets a comparer putting the best-ranked entry first.</summary>
    public static Comparer<LabelAndCount> Ranking { get; } = Comparer<LabelAndCount>.Create(Compare);

    // The root of the selection heap must be the worst kept entry, so the heap's "smallest" is the lowest ranked.
    private static readonly Comparer<LabelAndCount> WorstFirst = Comparer<LabelAndCount>.Create(static (x, y) => Compare(y, x));

    /// <summary>Compares by count descending, then label in code point order.</summary>
    public static int Compare(LabelAndCount x, LabelAndCount y) =>
        x.Count != y.Count ? y.Count.CompareTo(x.Count) : CompareCodePoints(x.Label, y.Label);

    /// <summary>
    /// Compares two strings in code point order. Ordinal UTF-16 comparison differs from it only when a surrogate
    /// (a character above U+FFFF) meets a unit in U+E000..U+FFFF; shifting both ranges at the first difference
    /// (surrogates up above U+FFFF, the others down) fixes that without decoding.
    /// </summary>
    public static int CompareCodePoints(string x, string y)
    {
        int length = Math.Min(x.Length, y.Length);
        for (int i = 0; i < length; i++)
        {
            char a = x[i];
            char b = y[i];
            if (a != b)
            {
                return Fix(a) - Fix(b);
            }
        }

        return x.Length - y.Length;
    }

    /// <summary>Returns the <paramref name="n"/> best of the entries (<paramref name="labels"/>[i], <paramref name="counts"/>[i]) in ranking order.</summary>
    public static LabelAndCount[] Top(string[] labels, int[] counts, int n)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(n);
        if (n >= labels.Length)
        {
            var all = new LabelAndCount[labels.Length];
            for (int i = 0; i < all.Length; i++)
            {
                all[i] = new LabelAndCount(labels[i], counts[i]);
            }

            Array.Sort(all, Ranking);
            return all;
        }

        if (n == 0)
        {
            return [];
        }

        // A bounded heap: O(labels * log n) instead of sorting every label when only a top 10 is shown. Most
        // entries lose to the heap's worst on the count alone, without touching their label.
        var heap = new PriorityQueue<LabelAndCount, LabelAndCount>(n, WorstFirst);
        for (int i = 0; i < labels.Length; i++)
        {
            if (heap.Count < n)
            {
                var entry = new LabelAndCount(labels[i], counts[i]);
                heap.Enqueue(entry, entry);
                continue;
            }

            LabelAndCount worst = heap.Peek();
            if (counts[i] < worst.Count)
            {
                continue;
            }

            var candidate = new LabelAndCount(labels[i], counts[i]);
            if (Compare(candidate, worst) < 0)
            {
                heap.EnqueueDequeue(candidate, candidate);
            }
        }

        var top = new LabelAndCount[heap.Count];
        for (int i = top.Length - 1; i >= 0; i--)
        {
            top[i] = heap.Dequeue();
        }

        return top;
    }

    private static int Fix(char c) => c < 0xD800 ? c : c < 0xE000 ? c + 0x2000 : c - 0x800;
}
