namespace SearchEngine.Core.Search;

/// <summary>Matches every document with a constant score of 1 (times the boost), as Lucene's MatchAllDocsQuery.</summary>
internal sealed class MatchAllDocsQuery : Query
{
    /// <inheritdoc />
    public override Weight CreateWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost) => new AllWeight(this, boost);

    /// <inheritdoc />
    public override string ToString() => "*:*";

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is MatchAllDocsQuery;

    /// <inheritdoc />
    public override int GetHashCode() => typeof(MatchAllDocsQuery).GetHashCode();

    private sealed class AllWeight(Query query, float boost) : Weight(query)
    {
        public override Scorer? GetScorer(LeafContext context) => new AllScorer(context.Reader.MaxDoc, boost);
    }

    private sealed class AllScorer(int maxDoc, float score) : Scorer
    {
        private int doc = -1;

        public override int DocId => doc;

        public override long Cost => maxDoc;

        public override int NextDoc() => Advance(doc + 1);

        public override int Advance(int target) => doc = target < maxDoc ? target : NoMoreDocs;

        public override float Score() => score;

        public override float GetMaxScore(int upTo) => score;
    }
}
