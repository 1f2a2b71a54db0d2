namespace SearchEngine.Core.Search;

/// <summary>
/// A disjunction for top-k search that skips documents which cannot enter the top k: MaxScore (Turtle and
/// Flood, 1995) over per-block maximum scores (block-max, Ding and Suel, 2011). Matches and scores exactly like
/// <see cref="DisjunctionSumScorer"/> except that, once <see cref="SetMinCompetitiveScore"/> sets a bar,
/// documents scoring below it may be left out.
/// </summary>
/// <remarks>
/// <para>The doc id space is cut into windows in which every sub-scorer's maximum score is known: a window ends
/// where the first sub-scorer's impact block ends. Within a window the sub-scorers are sorted by maximum score;
/// the longest prefix whose maxima sum below the bar is <em>non-essential</em>: a document matched by those
/// alone cannot compete. Candidates therefore come only from the essential sub-scorers; the non-essential ones
/// are advanced to a candidate only while its best possible score still reaches the bar, highest maximum first.
/// A window where even all maxima together stay below the bar is skipped whole, without decoding a document.</para>
/// <para>Without a bar every sub-scorer is essential and this is a plain disjunction. Sub-scorers are scanned
/// linearly, which beats a heap for the few clauses of a typical query; the boolean weight uses
/// <see cref="DisjunctionSumScorer"/> above <see cref="MaxClauses"/> clauses.</para>
/// </remarks>
internal sealed class MaxScoreDisjunctionScorer : Scorer
{
    /// <summary>The most clauses this scorer is used for; beyond, linear scans cost more than pruning saves.</summary>
    public const int MaxClauses = 32;

    private readonly Scorer[] scorers;
    private readonly BooleanScoreBounds bounds;
    private readonly float[] maxScores;
    private readonly int[] order;
    private readonly double[] prefixSums;
    private readonly long cost;
    private int doc = -1;
    private float minCompetitiveScore;
    private int windowEnd = -1;
    private int firstEssential;
    private bool partitionStale;

    /// <summary>Initializes the disjunction of <paramref name="scorers"/>, given in clause order.</summary>
    public MaxScoreDisjunctionScorer(IReadOnlyList<Scorer> scorers)
    {
        this.scorers = [.. scorers];
        int n = this.scorers.Length;
        bounds = new BooleanScoreBounds(this.scorers);
        maxScores = new float[n];
        order = new int[n];
        prefixSums = new double[n + 1];
        for (int i = 0; i < n; i++)
        {
            order[i] = i;
            cost += this.scorers[i].Cost;
        }
    }

    /// <inheritdoc />
    public override int DocId => doc;

    /// <inheritdoc />
    public override long Cost => cost;

    /// <inheritdoc />
    public override int NextDoc() => doc == NoMoreDocs ? doc : doc = DoNext(doc + 1);

    /// <inheritdoc />
    public override int Advance(int target) => doc = DoNext(target);

    /// <summary>Returns the sum of the matching sub-scorers' scores in clause order, as the heap disjunction sums them.</summary>
    public override float Score()
    {
        double sum = 0;
        for (int i = 0; i < scorers.Length; i++)
        {
            if (scorers[i].DocId == doc)
            {
                sum += scorers[i].Score();
            }
        }

        return (float)sum;
    }

    /// <inheritdoc />
    public override int AdvanceShallow(int target) => bounds.AdvanceShallow(target);

    /// <inheritdoc />
    public override float GetMaxScore(int upTo) => bounds.GetMaxScore(upTo);

    /// <inheritdoc />
    public override void SetMinCompetitiveScore(float minScore)
    {
        // The bar only rises; the window's maxima stay valid, only the essential split moves.
        if (minScore > minCompetitiveScore)
        {
            minCompetitiveScore = minScore;
            partitionStale = true;
        }
    }

    private int DoNext(int target)
    {
        while (true)
        {
            bool pruning = minCompetitiveScore > 0;
            int start = 0;
            if (pruning)
            {
                if (target > windowEnd)
                {
                    MoveWindow(target);
                }
                else if (partitionStale)
                {
                    Partition();
                }

                start = firstEssential;
                if (start == scorers.Length)
                {
                    // Nothing in this window can reach the bar.
                    if (windowEnd == NoMoreDocs)
                    {
                        return NoMoreDocs;
                    }

                    target = windowEnd + 1;
                    continue;
                }
            }

            int candidate = NoMoreDocs;
            for (int k = start; k < scorers.Length; k++)
            {
                Scorer scorer = scorers[pruning ? order[k] : k];
                int d = scorer.DocId;
                if (d < target)
                {
                    d = d == target - 1 ? scorer.NextDoc() : scorer.Advance(target);
                }

                candidate = Math.Min(candidate, d);
            }

            if (!pruning)
            {
                return candidate;
            }

            if (candidate > windowEnd || candidate == NoMoreDocs)
            {
                // The essential scorers have nothing left in this window; the split differs in the next one.
                if (windowEnd == NoMoreDocs)
                {
                    return NoMoreDocs;
                }

                target = windowEnd + 1;
                continue;
            }

            if (CanCompete(candidate))
            {
                return candidate;
            }

            target = candidate + 1;
        }
    }

    // Adds the actual scores of the essential scorers on the candidate, then checks the non-essential ones from
    // the highest maximum down, giving up as soon as the scores so far plus the maxima left cannot reach the bar.
    private bool CanCompete(int candidate)
    {
        double sum = 0;
        for (int k = firstEssential; k < scorers.Length; k++)
        {
            Scorer scorer = scorers[order[k]];
            if (scorer.DocId == candidate)
            {
                sum += scorer.Score();
            }
        }

        for (int k = firstEssential - 1; k >= 0; k--)
        {
            if (BooleanScoreBounds.CannotCompete(sum + prefixSums[k + 1], minCompetitiveScore))
            {
                return false;
            }

            Scorer scorer = scorers[order[k]];
            int d = scorer.DocId;
            if (d < candidate)
            {
                d = scorer.Advance(candidate);
            }

            if (d == candidate)
            {
                sum += scorer.Score();
            }
        }

        return !BooleanScoreBounds.CannotCompete(sum, minCompetitiveScore);
    }

    // The window runs from the target to the first end of a live sub-scorer's impact block.
    private void MoveWindow(int target)
    {
        int end = NoMoreDocs;
        for (int i = 0; i < scorers.Length; i++)
        {
            if (scorers[i].DocId != NoMoreDocs)
            {
                end = Math.Min(end, bounds.AdvanceShallow(i, target));
            }
        }

        windowEnd = end;
        Partition();
    }

    private void Partition()
    {
        int n = scorers.Length;
        for (int i = 0; i < n; i++)
        {
            maxScores[i] = bounds.GetMaxScore(i, windowEnd);
        }

        // Insertion sort by maximum: the order changes little from one window to the next.
        for (int k = 1; k < n; k++)
        {
            int index = order[k];
            float max = maxScores[index];
            int j = k - 1;
            while (j >= 0 && maxScores[order[j]] > max)
            {
                order[j + 1] = order[j];
                j--;
            }

            order[j + 1] = index;
        }

        for (int k = 0; k < n; k++)
        {
            prefixSums[k + 1] = prefixSums[k] + maxScores[order[k]];
        }

        firstEssential = 0;
        while (firstEssential < n && BooleanScoreBounds.CannotCompete(prefixSums[firstEssential + 1], minCompetitiveScore))
        {
            firstEssential++;
        }

        partitionStale = false;
    }
}
