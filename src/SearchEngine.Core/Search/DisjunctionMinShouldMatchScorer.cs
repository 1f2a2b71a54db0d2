namespace SearchEngine.Core.Search;

/// <summary>
/// Matches the documents at least <c>minShouldMatch</c> (two or more) of the sub-scorers match, summing the
/// scores of those that do, in double in clause order, cast to float at the end.
/// </summary>
/// <remarks>
/// A document can only match once <c>minShouldMatch</c> sub-scorers have reached it, so the next candidate is the
/// <c>minShouldMatch</c>-th smallest current doc id (at least the target); only the sub-scorers behind it are
/// advanced, with <see cref="Scorer.Advance"/>, so rare clauses let the others skip. Sub-scorer indices are kept
/// sorted by doc id with an insertion sort: clause lists are short and nearly sorted after each step, which
/// costs less than the two heaps of Lucene's MinShouldMatchSumScorer at these sizes.
/// </remarks>
internal sealed class DisjunctionMinShouldMatchScorer : Scorer
{
    private readonly Scorer[] scorers;
    private readonly int[] docs;
    private readonly int[] order;
    private readonly int minShouldMatch;
    private readonly BooleanScoreBounds bounds;
    private readonly long cost;
    private int doc = -1;

    /// <summary>Initializes the scorer over <paramref name="scorers"/> (clause order), <paramref name="minShouldMatch"/> of which must match.</summary>
    public DisjunctionMinShouldMatchScorer(IReadOnlyList<Scorer> scorers, int minShouldMatch)
    {
        this.scorers = [.. scorers];
        this.minShouldMatch = minShouldMatch;
        docs = new int[this.scorers.Length];
        order = new int[this.scorers.Length];
        long[] costs = new long[this.scorers.Length];
        for (int i = 0; i < this.scorers.Length; i++)
        {
            docs[i] = this.scorers[i].DocId;
            order[i] = i;
            costs[i] = this.scorers[i].Cost;
        }

        // At most the sum of the cheapest (n - minShouldMatch + 1) costs: every match is in one of them.
        Array.Sort(costs);
        for (int i = 0; i <= costs.Length - minShouldMatch; i++)
        {
            cost += costs[i];
        }

        bounds = new BooleanScoreBounds(this.scorers);
    }

    /// <inheritdoc />
    public override int DocId => doc;

    /// <inheritdoc />
    public override long Cost => cost;

    /// <inheritdoc />
    public override int NextDoc() => doc == NoMoreDocs ? doc : doc = DoNext(doc + 1);

    /// <inheritdoc />
    public override int Advance(int target) => doc = DoNext(target);

    /// <inheritdoc />
    public override float Score()
    {
        double sum = 0;
        for (int i = 0; i < scorers.Length; i++)
        {
            if (docs[i] == doc)
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

    private int DoNext(int target)
    {
        while (true)
        {
            SortByDoc();

            // Scorers behind the target count as being at the target: they may still land on it.
            int candidate = Math.Max(target, docs[order[minShouldMatch - 1]]);
            if (candidate == NoMoreDocs)
            {
                return NoMoreDocs;
            }

            int matches = 0;
            for (int k = 0; k < order.Length; k++)
            {
                int i = order[k];
                if (docs[i] > candidate)
                {
                    break;
                }

                if (docs[i] < candidate)
                {
                    docs[i] = scorers[i].Advance(candidate);
                }

                matches += docs[i] == candidate ? 1 : 0;
            }

            if (matches >= minShouldMatch)
            {
                return candidate;
            }

            target = candidate + 1;
        }
    }

    private void SortByDoc()
    {
        for (int i = 1; i < order.Length; i++)
        {
            int value = order[i];
            int valueDoc = docs[value];
            int j = i - 1;
            while (j >= 0 && docs[order[j]] > valueDoc)
            {
                order[j + 1] = order[j];
                j--;
            }

            order[j + 1] = value;
        }
    }
}
