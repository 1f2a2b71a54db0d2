namespace SearchEngine.News.Facets;

/// <summary>
/// Exact counts of the values of one facet field over a set of articles: each article counts once per distinct
/// value it has. Values are listed by count descending, then label in code point order (the order of Lucene's
/// facets and the peers' output). Immutable; safe to read from many threads.
/// </summary>
public sealed class FacetCounts
{
    private static readonly Comparer<LabelAndCount> Ranking = Comparer<LabelAndCount>.Create(Compare);
    private static readonly Comparer<LabelAndCount> WorstFirst = Comparer<LabelAndCount>.Create(static (x, y) => Compare(y, x));

    // The values with a non-zero count, each once, in no particular order (empty when backed by ordinals).
    private readonly string[] labels;
    private readonly int[] counts;
    private readonly OrdinalSource? ordinals;
    private Dictionary<string, int>? byLabel;
    private int labelCount = -1;

    /// <summary>Initializes the counts of <paramref name="field"/>: <paramref name="counts"/>[i] articles have <paramref name="labels"/>[i]; zero counts are dropped.</summary>
    public FacetCounts(string field, IReadOnlyList<string> labels, IReadOnlyList<int> counts)
    {
        ArgumentException.ThrowIfNullOrEmpty(field);
        ArgumentNullException.ThrowIfNull(labels);
        ArgumentNullException.ThrowIfNull(counts);
        if (labels.Count != counts.Count)
        {
            throw new ArgumentException($"{labels.Count} labels but {counts.Count} counts.", nameof(counts));
        }

        int kept = 0;
        for (int i = 0; i < counts.Count; i++)
        {
            kept += counts[i] > 0 ? 1 : 0;
        }

        Field = field;
        this.labels = new string[kept];
        this.counts = new int[kept];
        int at = 0;
        for (int i = 0; i < counts.Count; i++)
        {
            if (counts[i] > 0)
            {
                this.labels[at] = labels[i];
                this.counts[at++] = counts[i];
            }
        }
    }

    private FacetCounts(string field, OrdinalSource source)
    {
        Field = field;
        labels = [];
        counts = [];
        ordinals = source;
    }

    /// <summary>Gets the facet field counted.</summary>
    public string Field { get; }

    /// <summary>Gets the number of distinct values with a non-zero count.</summary>
    public int LabelCount
    {
        get
        {
            if (ordinals is null)
            {
                return labels.Length;
            }

            if (labelCount < 0)
            {
                int nonZero = 0;
                for (int ord = ordinals.Start; ord <= ordinals.End; ord++)
                {
                    nonZero += ordinals.Counts[ord] > 0 ? 1 : 0;
                }

                labelCount = nonZero;
            }

            return labelCount;
        }
    }

    /// <summary>
    /// Returns counts kept by ordinal, as an engine counts them: <paramref name="counts"/>[o] articles have the value
    /// of ordinal o, for o from <paramref name="start"/> to <paramref name="end"/>, and ordinal order is label order
    /// (code points). Labels are looked up only for the values a caller lists, so the top 10 of a facet with
    /// thousands of values costs ten lookups.
    /// </summary>
    /// <param name="field">The facet field.</param>
    /// <param name="counts">The counts by ordinal (not copied: the caller must not change them).</param>
    /// <param name="start">The first ordinal of the field.</param>
    /// <param name="end">The last ordinal of the field.</param>
    /// <param name="labelOf">Returns the label of an ordinal.</param>
    /// <param name="ordinalOf">Returns the ordinal of a label, or a negative number when the field has no such value.</param>
    public static FacetCounts FromOrdinals(string field, int[] counts, int start, int end, Func<int, string> labelOf, Func<string, int> ordinalOf)
    {
        ArgumentException.ThrowIfNullOrEmpty(field);
        ArgumentNullException.ThrowIfNull(counts);
        ArgumentNullException.ThrowIfNull(labelOf);
        ArgumentNullException.ThrowIfNull(ordinalOf);
        if (start < 0 || end >= counts.Length || (end < start - 1))
        {
            throw new ArgumentOutOfRangeException(nameof(end), $"The ordinals {start} to {end} are not within the {counts.Length} counts.");
        }

        return new FacetCounts(field, new OrdinalSource(counts, start, end, labelOf, ordinalOf));
    }

    /// <summary>Returns the counts of <paramref name="field"/> with no value counted.</summary>
    public static FacetCounts Empty(string field) => new(field, [], []);

    /// <summary>Returns the count of <paramref name="label"/> (0 when no counted article has it).</summary>
    public int GetCount(string label)
    {
        ArgumentNullException.ThrowIfNull(label);
        if (ordinals is not null)
        {
            int ord = ordinals.OrdinalOf(label);
            return ord >= ordinals.Start && ord <= ordinals.End ? ordinals.Counts[ord] : 0;
        }

        // Built on first use (most callers only list the top values); a race builds two equal tables.
        Dictionary<string, int> table = byLabel ??= BuildTable();
        return table.GetValueOrDefault(label);
    }

    /// <summary>Returns the counts of the values <paramref name="keep"/> accepts (asked once per counted value), the others dropped.</summary>
    internal FacetCounts Where(Func<string, bool> keep)
    {
        ArgumentNullException.ThrowIfNull(keep);
        var keptLabels = new List<string>();
        var keptCounts = new List<int>();
        foreach (LabelAndCount value in GetAll())
        {
            if (keep(value.Label))
            {
                keptLabels.Add(value.Label);
                keptCounts.Add(value.Count);
            }
        }

        return new FacetCounts(Field, keptLabels, keptCounts);
    }

    /// <summary>Returns every value with a non-zero count, best first.</summary>
    public IReadOnlyList<LabelAndCount> GetAll() => GetTop(LabelCount);

    /// <summary>Returns the <paramref name="n"/> values with the highest counts, ties by label in code point order.</summary>
    public IReadOnlyList<LabelAndCount> GetTop(int n)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(n);
        if (ordinals is not null)
        {
            return ordinals.Top(n);
        }

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

        // A bounded heap whose root is the worst value kept: most values lose on the count alone.
        var heap = new PriorityQueue<LabelAndCount, LabelAndCount>(n, WorstFirst);
        for (int i = 0; i < labels.Length; i++)
        {
            var entry = new LabelAndCount(labels[i], counts[i]);
            if (heap.Count < n)
            {
                heap.Enqueue(entry, entry);
            }
            else if (counts[i] >= heap.Peek().Count && Compare(entry, heap.Peek()) < 0)
            {
                heap.EnqueueDequeue(entry, entry);
            }
        }

        var top = new LabelAndCount[heap.Count];
        for (int i = top.Length - 1; i >= 0; i--)
        {
            top[i] = heap.Dequeue();
        }

        return top;
    }

    /// <summary>Compares two labels in Unicode code point order (UTF-16 order differs only where a surrogate meets U+E000..U+FFFF).</summary>
    public static int CompareLabels(string x, string y)
    {
        ArgumentNullException.ThrowIfNull(x);
        ArgumentNullException.ThrowIfNull(y);
        return CodePointOrder.Compare(x, y);
    }

    private static int Compare(LabelAndCount x, LabelAndCount y) =>
        x.Count != y.Count ? y.Count.CompareTo(x.Count) : CompareLabels(x.Label, y.Label);

    private Dictionary<string, int> BuildTable()
    {
        var table = new Dictionary<string, int>(labels.Length, StringComparer.Ordinal);
        for (int i = 0; i < labels.Length; i++)
        {
            table[labels[i]] = counts[i];
        }

        return table;
    }

    /// <summary>Counts by ordinal with the lookups between ordinals and labels; ordinal order is label order.</summary>
    private sealed record OrdinalSource(int[] Counts, int Start, int End, Func<int, string> LabelOf, Func<string, int> OrdinalOf)
    {
        /// <summary>Returns the <paramref name="n"/> best values: count descending, then ordinal (label) ascending; only those are looked up.</summary>
        public LabelAndCount[] Top(int n)
        {
            if (n == 0)
            {
                return [];
            }

            // A bounded heap whose root is the worst kept: (lower count, or equal count and higher ordinal) is worse.
            var heap = new PriorityQueue<int, (int Count, int Ordinal)>(Math.Min(n, 1024), Comparer<(int Count, int Ordinal)>.Create(static (x, y) =>
                x.Count != y.Count ? x.Count.CompareTo(y.Count) : y.Ordinal.CompareTo(x.Ordinal)));
            for (int ord = Start; ord <= End; ord++)
            {
                int count = Counts[ord];
                if (count == 0)
                {
                    continue;
                }

                if (heap.Count < n)
                {
                    heap.Enqueue(ord, (count, ord));
                }
                else if (heap.TryPeek(out _, out (int Count, int Ordinal) worst) && (count > worst.Count))
                {
                    heap.EnqueueDequeue(ord, (count, ord));
                }
            }

            var top = new LabelAndCount[heap.Count];
            for (int i = top.Length - 1; i >= 0; i--)
            {
                int ord = heap.Dequeue();
                top[i] = new LabelAndCount(LabelOf(ord), Counts[ord]);
            }

            return top;
        }
    }
}
