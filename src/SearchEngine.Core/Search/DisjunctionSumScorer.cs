namespace SearchEngine.Core.Search;

/// <summary>
/// Matches the documents any sub-scorer matches (Should clauses, and the union of MustNot clauses), walking
/// them in a min-heap ordered by current doc id. The score is the sum of the scores of the sub-scorers on the
/// document, in double in clause order, cast to float at the end (as Lucene's DisjunctionSumScorer).
/// </summary>
/// <remarks>
/// The heap holds sub-scorer indices and a copy of each one's doc id, so sifting reads an array instead of
/// calling through the scorer. Exhausted sub-scorers stay in the heap at <see cref="Scorer.NoMoreDocs"/>; the
/// disjunction ends when the top is exhausted.
/// </remarks>
internal sealed class DisjunctionSumScorer : Scorer
{
    private readonly Scorer[] scorers;
    private readonly int[] docs;
    private readonly int[] heap;
    private readonly int[] matching;
    private readonly int[] stack;
    private readonly BooleanScoreBounds bounds;
    private readonly long cost;
    private int doc = -1;

    /// <summary>Initializes the disjunction of <paramref name="scorers"/>, given in clause order.</summary>
    public DisjunctionSumScorer(IReadOnlyList<Scorer> scorers)
    {
        this.scorers = [.. scorers];
        int n = this.scorers.Length;
        docs = new int[n];
        heap = new int[n];
        matching = new int[n];
        stack = new int[n];
        for (int i = 0; i < n; i++)
        {
            docs[i] = this.scorers[i].DocId;
            heap[i] = i;
            cost += this.scorers[i].Cost;
        }

        // All start at -1 (or all wherever they are): build the heap bottom-up.
        for (int i = (n / 2) - 1; i >= 0; i--)
        {
            SiftDown(i);
        }

        bounds = new BooleanScoreBounds(this.scorers);
    }

    /// <inheritdoc />
    public override int DocId => doc;

    /// <inheritdoc />
    public override long Cost => cost;

    /// <inheritdoc />
    public override int NextDoc()
    {
        if (doc == NoMoreDocs)
        {
            return doc;
        }

        // Move every sub-scorer on the current document (all of them before the first call).
        int current = doc;
        while (docs[heap[0]] == current)
        {
            int top = heap[0];
            docs[top] = scorers[top].NextDoc();
            SiftDown(0);
        }

        return doc = docs[heap[0]];
    }

    /// <inheritdoc />
    public override int Advance(int target)
    {
        while (docs[heap[0]] < target)
        {
            int top = heap[0];
            docs[top] = scorers[top].Advance(target);
            SiftDown(0);
        }

        return doc = docs[heap[0]];
    }

    /// <inheritdoc />
    public override float Score()
    {
        int count = CollectMatching();
        BooleanScoreBounds.SortIndices(matching, count);
        double sum = 0;
        for (int i = 0; i < count; i++)
        {
            sum += scorers[matching[i]].Score();
        }

        return (float)sum;
    }

    /// <inheritdoc />
    public override int AdvanceShallow(int target) => bounds.AdvanceShallow(target);

    /// <inheritdoc />
    public override float GetMaxScore(int upTo) => bounds.GetMaxScore(upTo);

    // The sub-scorers on the current document form a subtree at the heap's root: walk it, pruning larger docs.
    private int CollectMatching()
    {
        int count = 0;
        int depth = 0;
        stack[depth++] = 0;
        while (depth > 0)
        {
            int node = stack[--depth];
            matching[count++] = heap[node];
            int left = (2 * node) + 1;
            if (left < heap.Length && docs[heap[left]] == doc)
            {
                stack[depth++] = left;
            }

            if (left + 1 < heap.Length && docs[heap[left + 1]] == doc)
            {
                stack[depth++] = left + 1;
            }
        }

        return count;
    }

    private void SiftDown(int i)
    {
        int n = heap.Length;
        int node = heap[i];
        int nodeDoc = docs[node];
        while (true)
        {
            int child = (2 * i) + 1;
            if (child >= n)
            {
                break;
            }

            if (child + 1 < n && docs[heap[child + 1]] < docs[heap[child]])
            {
                child++;
            }

            if (docs[heap[child]] >= nodeDoc)
            {
                break;
            }

            heap[i] = heap[child];
            i = child;
        }

        heap[i] = node;
    }
}
