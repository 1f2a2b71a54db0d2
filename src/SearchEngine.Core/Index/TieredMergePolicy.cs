namespace SearchEngine.Core.Index;

/// <summary>
/// Chooses which segments to merge so that an index keeps a bounded number of segments per size tier: the
/// idea of Lucene's TieredMergePolicy (merges of about <see cref="MaxMergeAtOnce"/> segments of similar size,
/// preferring small and balanced merges, never producing a segment above <see cref="MaxMergedSegmentBytes"/>).
/// </summary>
/// <remarks>
/// The index may hold <see cref="SegmentsPerTier"/> segments in each tier, tiers growing by
/// <see cref="MaxMergeAtOnce"/> from <see cref="FloorSegmentBytes"/>; beyond that budget, the cheapest window of
/// segments (sorted by size) is merged. Sizes count live documents only, so heavily deleted segments shrink
/// and get merged away, reclaiming their deletions.
/// </remarks>
internal sealed class TieredMergePolicy
{
    /// <summary>Gets the number of segments allowed per tier before merging (default 10).</summary>
    public int SegmentsPerTier { get; init; } = 10;

    /// <summary>Gets the most segments merged at once (default 10).</summary>
    public int MaxMergeAtOnce { get; init; } = 10;

    /// <summary>Gets the size below which segments count as this size, so tiny flushes merge eagerly (default 2 MB).</summary>
    public long FloorSegmentBytes { get; init; } = 2L << 20;

    /// <summary>Gets the largest segment a merge may produce (default 5 GB).</summary>
    public long MaxMergedSegmentBytes { get; init; } = 5L << 30;

    /// <summary>
    /// Returns the merges to run now, each a list of segment names, given every segment's live size in bytes;
    /// segments already being merged are passed in <paramref name="merging"/> and never chosen.
    /// </summary>
    public IReadOnlyList<IReadOnlyList<string>> FindMerges(IReadOnlyList<(string Name, long Bytes)> segments, IReadOnlySet<string> merging)
    {
        ArgumentNullException.ThrowIfNull(segments);
        ArgumentNullException.ThrowIfNull(merging);
        var eligible = new List<(string Name, long Bytes)>();
        long total = 0;
        foreach ((string name, long bytes) in segments)
        {
            long size = Math.Max(bytes, FloorSegmentBytes);
            total += size;
            if (!merging.Contains(name) && bytes < MaxMergedSegmentBytes / 2)
            {
                eligible.Add((name, size));
            }
        }

        eligible.Sort((a, b) => b.Bytes.CompareTo(a.Bytes));
        int allowed = AllowedSegmentCount(total);
        var merges = new List<IReadOnlyList<string>>();
        while (eligible.Count > allowed && eligible.Count >= 2)
        {
            (int start, int count) = CheapestWindow(eligible);
            if (count < 2)
            {
                break;
            }

            var merge = new List<string>(count);
            for (int i = start; i < start + count; i++)
            {
                merge.Add(eligible[i].Name);
            }

            merges.Add(merge);
            eligible.RemoveRange(start, count);
            allowed -= 1;
        }

        return merges;
    }

    private int AllowedSegmentCount(long totalBytes)
    {
        double allowed = 0;
        double bytesLeft = totalBytes;
        double levelSize = FloorSegmentBytes;
        while (true)
        {
            double segmentsAtLevel = bytesLeft / levelSize;
            if (segmentsAtLevel < SegmentsPerTier)
            {
                allowed += Math.Ceiling(segmentsAtLevel);
                break;
            }

            allowed += SegmentsPerTier;
            bytesLeft -= SegmentsPerTier * levelSize;
            levelSize *= MaxMergeAtOnce;
        }

        return Math.Max((int)allowed, SegmentsPerTier);
    }

    private (int Start, int Count) CheapestWindow(List<(string Name, long Bytes)> sortedDescending)
    {
        double bestScore = double.MaxValue;
        (int, int) best = (0, 0);
        for (int start = 0; start < sortedDescending.Count; start++)
        {
            long sum = 0;
            int count = 0;
            for (int i = start; i < sortedDescending.Count && count < MaxMergeAtOnce; i++)
            {
                if (sum + sortedDescending[i].Bytes > MaxMergedSegmentBytes)
                {
                    continue;
                }

                sum += sortedDescending[i].Bytes;
                count++;
            }

            if (count < 2)
            {
                continue;
            }

            // Skew (largest / total) near 1/count means a balanced merge; the small power of the total
            // prefers smaller merges among equally balanced ones.
            double skew = (double)sortedDescending[start].Bytes / sum;
            double score = skew * Math.Pow(sum, 0.05);
            if (score < bestScore)
            {
                bestScore = score;
                best = (start, count);
            }
        }

        return best;
    }
}
