using System.Text;

namespace SearchEngine.Core.Search;

/// <summary>
/// Combines clauses with Lucene 8's boolean semantics: every Must and Filter clause matches, no MustNot clause
/// matches, and at least <see cref="MinimumShouldMatch"/> Should clauses match (at least one when there is no
/// Must or Filter clause). The score is the sum of the matching Must and Should clauses' scores; Filter and
/// MustNot clauses never score.
/// </summary>
/// <remarks>
/// Immutable; build with the constructor or <see cref="BooleanQueryBuilder"/>. A query without clauses, or with
/// only MustNot clauses, matches nothing (as in Lucene): exclusion needs something to exclude from, e.g.
/// <see cref="MatchAllDocsQuery"/> as a Must clause. <see cref="Rewrite"/> returns an empty boolean query for
/// queries that can match nothing.
/// </remarks>
internal sealed class BooleanQuery : Query
{
    private readonly BooleanClause[] clauses;

    /// <summary>Initializes a query of <paramref name="clauses"/>, of which at least <paramref name="minimumShouldMatch"/> Should clauses must match.</summary>
    public BooleanQuery(IEnumerable<BooleanClause> clauses, int minimumShouldMatch = 0)
    {
        ArgumentNullException.ThrowIfNull(clauses);
        ArgumentOutOfRangeException.ThrowIfNegative(minimumShouldMatch);
        this.clauses = [.. clauses];
        foreach (BooleanClause clause in this.clauses)
        {
            ArgumentNullException.ThrowIfNull(clause, nameof(clauses));
        }

        MinimumShouldMatch = minimumShouldMatch;
    }

    /// <summary>Gets the clauses, in the order given.</summary>
    public IReadOnlyList<BooleanClause> Clauses => clauses;

    /// <summary>Gets the number of Should clauses that must match (0: Should clauses are optional when a Must or Filter clause exists).</summary>
    public int MinimumShouldMatch { get; }

    /// <summary>Gets a value indicating whether this query obviously matches nothing (no clauses).</summary>
    internal bool IsEmpty => clauses.Length == 0;

    /// <inheritdoc />
    public override Weight CreateWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost)
    {
        ArgumentNullException.ThrowIfNull(searcher);
        return new BooleanWeight(this, searcher, scoreMode, boost);
    }

    /// <summary>
    /// Rewrites the clauses, then simplifies: a query that cannot match becomes an empty boolean query, clauses
    /// that match nothing are dropped where that changes no result, and a lone clause stands for itself.
    /// </summary>
    public override Query Rewrite(IndexSearcher searcher)
    {
        if (clauses.Length == 0)
        {
            return this;
        }

        var kept = new List<BooleanClause>(clauses.Length);
        bool changed = false;
        int required = 0;
        int should = 0;
        foreach (BooleanClause clause in clauses)
        {
            Query rewritten = clause.Query.Rewrite(searcher);
            if (rewritten is BooleanQuery { IsEmpty: true })
            {
                // A required clause that matches nothing sinks the query; other clauses that match nothing do nothing.
                if (clause.IsRequired)
                {
                    return Empty();
                }

                changed = true;
                continue;
            }

            changed |= !ReferenceEquals(rewritten, clause.Query);
            kept.Add(ReferenceEquals(rewritten, clause.Query) ? clause : new BooleanClause(rewritten, clause.Occur));
            required += clause.IsRequired ? 1 : 0;
            should += clause.Occur == Occur.Should ? 1 : 0;
        }

        // Lucene: nothing to match from (only exclusions), or fewer Should clauses than must match.
        if ((required == 0 && should == 0) || should < MinimumShouldMatch)
        {
            return Empty();
        }

        if (kept.Count == 1)
        {
            BooleanClause single = kept[0];
            switch (single.Occur)
            {
                case Occur.Must:
                case Occur.Should:
                    return single.Query;
                case Occur.Filter:
                    // A lone filter still matches its documents but scores 0, as Lucene rewrites it.
                    return new BoostQuery(new ConstantScoreQuery(single.Query), 0f);
            }
        }

        return changed ? new BooleanQuery(kept, MinimumShouldMatch) : this;
    }

    /// <inheritdoc />
    public override string ToString()
    {
        var text = new StringBuilder();
        bool parenthesize = MinimumShouldMatch > 0;
        if (parenthesize)
        {
            text.Append('(');
        }

        for (int i = 0; i < clauses.Length; i++)
        {
            if (i > 0)
            {
                text.Append(' ');
            }

            text.Append(clauses[i]);
        }

        if (parenthesize)
        {
            text.Append(")~").Append(MinimumShouldMatch);
        }

        return text.ToString();
    }

    /// <summary>Tells whether <paramref name="obj"/> has the same clauses (in any order, as a multiset) and minimum.</summary>
    public override bool Equals(object? obj)
    {
        if (obj is not BooleanQuery other || other.MinimumShouldMatch != MinimumShouldMatch || other.clauses.Length != clauses.Length)
        {
            return false;
        }

        // Clause order does not change what matches or the score, so it does not change equality; quadratic, but
        // equality is for caches and tests, never per document.
        var used = new bool[clauses.Length];
        foreach (BooleanClause clause in clauses)
        {
            int match = -1;
            for (int j = 0; j < other.clauses.Length && match < 0; j++)
            {
                if (!used[j] && other.clauses[j].Equals(clause))
                {
                    match = j;
                }
            }

            if (match < 0)
            {
                return false;
            }

            used[match] = true;
        }

        return true;
    }

    /// <inheritdoc />
    public override int GetHashCode()
    {
        // A commutative sum, so that equal queries with clauses in different orders hash alike.
        int hash = MinimumShouldMatch;
        foreach (BooleanClause clause in clauses)
        {
            hash = unchecked(hash + clause.GetHashCode());
        }

        return HashCode.Combine(typeof(BooleanQuery), hash);
    }

    private static BooleanQuery Empty() => new([]);
}
