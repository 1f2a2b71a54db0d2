namespace SearchEngine.Core.Codecs.Postings;

/// <summary>
/// Collects the (frequency, norm) pairs of one postings block and writes the competitive ones: those not
/// dominated by another pair with a frequency at least as high and a norm at most as long.
/// </summary>
/// <remarks>
/// Norms are bytes compared unsigned, so the best frequency per norm value fits a 256-entry table; one pass
/// from the shortest norm to the longest keeps each norm whose best frequency beats every shorter norm's, which
/// is exactly the Pareto frontier, ascending in both norm and frequency. Encoding (see docs/FORMAT.md):
/// <c>Impacts := (FreqDelta:VInt NormDelta:VInt)+</c> with <c>FreqDelta = freq - previousFreq - 1</c>
/// (previous 0) and <c>NormDelta = norm - previousNorm - 1</c> (previous -1), both never negative.
/// </remarks>
internal sealed class CompetitiveImpacts
{
    private readonly int[] maxFreqByNorm = new int[256];
    private int minNorm = 256;
    private int maxNorm = -1;

    /// <summary>Records one document of the block.</summary>
    public void Add(int freq, byte norm)
    {
        if (freq > maxFreqByNorm[norm])
        {
            maxFreqByNorm[norm] = freq;
        }

        minNorm = Math.Min(minNorm, norm);
        maxNorm = Math.Max(maxNorm, norm);
    }

    /// <summary>Writes the competitive pairs to <paramref name="output"/> and clears the collector for the next block.</summary>
    public void WriteAndReset(ScratchBuffer output)
    {
        int bestFreq = 0;
        int previousNorm = -1;
        for (int norm = minNorm; norm <= maxNorm; norm++)
        {
            int freq = maxFreqByNorm[norm];
            if (freq > bestFreq)
            {
                output.WriteVInt32(freq - bestFreq - 1);
                output.WriteVInt32(norm - previousNorm - 1);
                bestFreq = freq;
                previousNorm = norm;
            }

            maxFreqByNorm[norm] = 0;
        }

        minNorm = 256;
        maxNorm = -1;
    }

    /// <summary>Forgets the block without writing it (terms with at most one block store no impacts).</summary>
    public void Clear()
    {
        if (maxNorm >= minNorm)
        {
            Array.Clear(maxFreqByNorm, minNorm, maxNorm - minNorm + 1);
        }

        minNorm = 256;
        maxNorm = -1;
    }
}
