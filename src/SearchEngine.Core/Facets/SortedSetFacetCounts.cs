using System.Runtime.InteropServices;

namespace SearchEngine.Core.Facets;

/// <summary>
/// Exact counts of the values of one sorted-set doc values field (e.g. <c>person</c>, <c>year</c>) over a set of
/// documents: each document counts once per distinct value it has; documents without the field count nowhere.
/// </summary>
/// <remarks>
/// Values are listed by count descending, then label ascending in code point order (the order of the peers'
/// output and Lucene's facets). Immutable once built; safe to read from many threads.
/// </remarks>
internal sealed class SortedSetFacetCounts
{
    // The values with a non-zero count, in no particular order, each once, with their counts.
    private readonly string[] labels;
    private readonly int[] counts;
    private Dictionary<string, int>? byLabel;

    internal SortedSetFacetCounts(string field, string[] labels, int[] counts, int docCount)
    {
        Field = field;
        this.labels = labels;
        this.counts = counts;
        DocCount = docCount;
    }

    /// <summary>Gets the field counted.</summary>
    public string Field { get; }

    /// <summary>Gets the number of counted documents that have at least one value of the field.</summary>
    public int DocCount { get; }

    /// <summary>Gets the number of distinct values with a non-zero count.</summary>
    public int LabelCount => labels.Length;

    /// <summary>Gets the values with a non-zero count, in no particular order; <see cref="Counts"/> holds their counts at the same index.</summary>
    public IReadOnlyList<string> Labels => labels;

    /// <summary>Gets the counts of <see cref="Labels"/>, index for index.</summary>
    public IReadOnlyList<int> Counts => counts;

    /// <summary>
    /// Counts <paramref name="field"/> over <paramref name="matchingDocs"/> (from <see cref="FacetsCollector"/>),
    /// segment by segment, reading each matching document's ordinals once.
    /// </summary>
    public static SortedSetFacetCounts Count(string field, IReadOnlyList<MatchingDocs> matchingDocs)
    {
        ArgumentException.ThrowIfNullOrEmpty(field);
        ArgumentNullException.ThrowIfNull(matchingDocs);
        var counter = new FacetFieldCounter(field);
        foreach (MatchingDocs segment in matchingDocs)
        {
            counter.BeginSegment(segment.Leaf.Reader);
            counter.Count(segment.Bits);
            counter.EndSegment();
        }

        return counter.ToCounts();
    }

    /// <summary>Returns the count of <paramref name="label"/> (0 when no counted document has it).</summary>
    public int GetCount(string label)
    {
        ArgumentNullException.ThrowIfNull(label);

        // Built on first use (most callers only list the top values); a race builds two equal tables.
        Dictionary<string, int> table = byLabel ??= ToDictionary();
        return table.GetValueOrDefault(label);
    }

    /// <summary>Returns the <paramref name="n"/> values with the highest counts, ties by label in code point order.</summary>
    public IReadOnlyList<LabelAndCount> GetTop(int n) => LabelOrder.Top(labels, counts, n);

    /// <summary>Returns every value with a non-zero count, in the order of <see cref="GetTop"/>.</summary>
    public IReadOnlyList<LabelAndCount> GetAll() => LabelOrder.Top(labels, counts, labels.Length);

    /// <summary>
    /// Returns the counts of <paramref name="a"/> and <paramref name="b"/> added label by label: the counts of the
    /// union of two disjoint sets of documents (drill-sideways adds the documents that failed only this
    /// dimension's filter to the drill-down documents).
    /// </summary>
    internal static SortedSetFacetCounts Add(SortedSetFacetCounts a, SortedSetFacetCounts b)
    {
        var sum = new Dictionary<string, int>(a.labels.Length + b.labels.Length, StringComparer.Ordinal);
        foreach (SortedSetFacetCounts part in (ReadOnlySpan<SortedSetFacetCounts>)[a, b])
        {
            for (int i = 0; i < part.labels.Length; i++)
            {
                CollectionsMarshal.GetValueRefOrAddDefault(sum, part.labels[i], out _) += part.counts[i];
            }
        }

        var labels = new string[sum.Count];
        var counts = new int[sum.Count];
        int at = 0;
        foreach (KeyValuePair<string, int> entry in sum)
        {
            labels[at] = entry.Key;
            counts[at++] = entry.Value;
        }

        return new SortedSetFacetCounts(a.Field, labels, counts, a.DocCount + b.DocCount);
    }

    private Dictionary<string, int> ToDictionary()
    {
        var table = new Dictionary<string, int>(labels.Length, StringComparer.Ordinal);
        for (int i = 0; i < labels.Length; i++)
        {
            table[labels[i]] = counts[i];
        }

        return table;
    }
}
