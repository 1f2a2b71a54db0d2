namespace SearchEngine.Core.Search;

/// <summary>
/// The block-max bookkeeping of a scorer that sums the scores of several sub-scorers: it moves their impact
/// summaries forward (<see cref="Scorer.AdvanceShallow"/>) and adds up their maximum scores, so that a parent or the
/// collector can skip ranges of documents that cannot compete.
/// </summary>
/// <remarks>
/// <para>Term scorers refuse shallow targets before the block they already describe, and several callers (the
/// collector, a parent, the scorer's own pruning) ask for targets; so each sub-scorer's last covered document is
/// remembered and a sub-scorer is moved only once a target passes it.</para>
/// <para>Sums are taken in double and rounded up by one float ulp: scores are sums of floats in double cast to
/// float, in an order that may differ from the bound's, and a bound must never fall below a score it covers.</para>
/// </remarks>
internal sealed class BooleanScoreBounds
{
    private readonly Scorer[] scorers;
    private readonly int[] shallowUpTo;

    /// <summary>Initializes bounds over <paramref name="scorers"/> (the scoring sub-scorers only).</summary>
    public BooleanScoreBounds(Scorer[] scorers)
    {
        this.scorers = scorers;
        shallowUpTo = new int[scorers.Length];
        shallowUpTo.AsSpan().Fill(-1);
    }

    /// <summary>Moves the impact summary of sub-scorer <paramref name="index"/> to <paramref name="target"/> if needed; returns the last document it covers.</summary>
    public int AdvanceShallow(int index, int target)
    {
        if (target > shallowUpTo[index])
        {
            // A sub-scorer that reports a block ending before the target would be asked again and again.
            shallowUpTo[index] = Math.Max(target, scorers[index].AdvanceShallow(target));
        }

        return shallowUpTo[index];
    }

    /// <summary>Moves every live sub-scorer's impact summary to <paramref name="target"/>; returns the last document all of them cover.</summary>
    public int AdvanceShallow(int target)
    {
        int upTo = Scorer.NoMoreDocs;
        for (int i = 0; i < scorers.Length; i++)
        {
            if (scorers[i].DocId != Scorer.NoMoreDocs)
            {
                upTo = Math.Min(upTo, AdvanceShallow(i, target));
            }
        }

        return upTo;
    }

    /// <summary>Returns the maximum score of sub-scorer <paramref name="index"/> up to <paramref name="upTo"/>: 0 when it cannot match there.</summary>
    public float GetMaxScore(int index, int upTo)
    {
        // A sub-scorer already past upTo (or exhausted) has no document in the range.
        Scorer scorer = scorers[index];
        int doc = scorer.DocId;
        return doc > upTo || doc == Scorer.NoMoreDocs ? 0f : scorer.GetMaxScore(upTo);
    }

    /// <summary>Returns an upper bound of the summed scores of any document up to <paramref name="upTo"/>.</summary>
    public float GetMaxScore(int upTo)
    {
        double sum = 0;
        for (int i = 0; i < scorers.Length; i++)
        {
            sum += GetMaxScore(i, upTo);
        }

        return UpperBound(sum);
    }

    /// <summary>Returns a float no smaller than the float any ordering of the summed scores rounds to.</summary>
    public static float UpperBound(double sum) => sum <= 0 ? 0f : MathF.BitIncrement((float)sum);

    /// <summary>Tells whether documents scoring at most <paramref name="bound"/> (a double sum of float scores) are below <paramref name="minScore"/>.</summary>
    public static bool CannotCompete(double bound, float minScore) => UpperBound(bound) < minScore;

    /// <summary>Sorts the first <paramref name="count"/> indices ascending: scores are summed in clause order, so every execution strategy rounds the same.</summary>
    public static void SortIndices(int[] indices, int count)
    {
        // Insertion sort: a handful of matching clauses, no allocation.
        for (int i = 1; i < count; i++)
        {
            int value = indices[i];
            int j = i - 1;
            while (j >= 0 && indices[j] > value)
            {
                indices[j + 1] = indices[j];
                j--;
            }

            indices[j + 1] = value;
        }
    }
}
