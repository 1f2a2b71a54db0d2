using System.Globalization;

namespace SearchEngine.Core.Search;

/// <summary>
/// Multiplies the scores of <see cref="Query"/> by <see cref="Boost"/>, as Lucene's BoostQuery: a title match
/// counting double is <c>new BoostQuery(new TermQuery("title_da", term), 2)</c>. Matching is unchanged.
/// </summary>
/// <remarks>
/// The boost is passed down to the wrapped query's weight (BM25 multiplies it into the idf), so nested boosts
/// multiply. Boosts are finite and non-negative: top-k pruning relies on scores never being negative.
/// </remarks>
internal sealed class BoostQuery : Query
{
    /// <summary>Initializes a query scoring as <paramref name="query"/> times <paramref name="boost"/>.</summary>
    public BoostQuery(Query query, float boost)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (!float.IsFinite(boost) || boost < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(boost), boost, "A boost must be finite and non-negative.");
        }

        Query = query;
        Boost = boost;
    }

    /// <summary>Gets the wrapped query.</summary>
    public Query Query { get; }

    /// <summary>Gets the factor scores are multiplied by.</summary>
    public float Boost { get; }

    /// <inheritdoc />
    public override Weight CreateWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost) =>
        Query.CreateWeight(searcher, scoreMode, boost * Boost);

    /// <summary>Rewrites the wrapped query; a boost of 1 disappears and nested boosts fold into one.</summary>
    public override Query Rewrite(IndexSearcher searcher)
    {
        Query rewritten = Query.Rewrite(searcher);
        if (rewritten is BooleanQuery { IsEmpty: true })
        {
            return rewritten;
        }

        if (Boost == 1f)
        {
            return rewritten;
        }

        if (rewritten is BoostQuery inner)
        {
            return new BoostQuery(inner.Query, inner.Boost * Boost);
        }

        return ReferenceEquals(rewritten, Query) ? this : new BoostQuery(rewritten, Boost);
    }

    /// <inheritdoc />
    public override string ToString()
    {
        // Lucene prints boosts as Java floats ("2.0"); keep that so the text reads the same in both.
        string boost = Boost.ToString("R", CultureInfo.InvariantCulture);
        if (!boost.Contains('.', StringComparison.Ordinal) && !boost.Contains('E', StringComparison.Ordinal))
        {
            boost += ".0";
        }

        return $"({Query})^{boost}";
    }

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is BoostQuery other && other.Boost.Equals(Boost) && other.Query.Equals(Query);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Query, Boost);
}
