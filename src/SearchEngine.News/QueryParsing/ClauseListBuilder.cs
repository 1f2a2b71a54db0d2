namespace SearchEngine.News.QueryParsing;

/// <summary>
/// Collects the clauses of one query or parenthesised group the way Lucene's classic parser does: operators do not
/// bind with precedence but set flags on a flat list as it is read from left to right.
/// </summary>
/// <remarks>
/// The rules, with the default operator OR:
/// <list type="bullet">
/// <item><c>AND</c> makes the clause before it required (unless that one is prohibited) and the clause after it
/// required (unless it has <c>-</c>/<c>NOT</c>).</item>
/// <item><c>OR</c> changes nothing: both sides are optional unless they carry <c>+</c> or <c>-</c>.</item>
/// <item><c>NOT</c>, <c>!</c> and <c>-</c> make the clause after them prohibited; <c>+</c> makes it required.</item>
/// </list>
/// So <c>a AND b OR c</c> is <c>+a +b c</c> and <c>a OR b AND c</c> is <c>a +b +c</c>. With the default operator
/// AND every clause is required unless <c>OR</c> introduces it, which also makes the clause before it optional (again
/// unless prohibited): <c>a b</c> is <c>+a +b</c>, <c>a OR b c</c> is <c>a b +c</c> and, a quirk worth knowing,
/// <c>a OR +b</c> is <c>a b</c> because <c>OR</c> wins over <c>+</c>. A group of one clause without a modifier is that
/// clause itself: <c>(a)</c> is <c>a</c>, but <c>(+a)</c> stays a group of one required clause.
/// </remarks>
internal sealed class ClauseListBuilder(QueryOperator defaultOperator)
{
    private readonly List<QueryClause> _clauses = [];
    private bool _firstUnmodified;

    /// <summary>Gets the number of clauses added.</summary>
    public int Count => _clauses.Count;

    /// <summary>Adds a clause.</summary>
    /// <param name="conjunction"><see cref="QueryTokenKind.And"/> or <see cref="QueryTokenKind.Or"/> when one introduces the clause; otherwise <see langword="null"/>.</param>
    /// <param name="modifier"><see cref="QueryTokenKind.Plus"/>, <see cref="QueryTokenKind.Minus"/> or <see cref="QueryTokenKind.Not"/> when one precedes the clause; otherwise <see langword="null"/>.</param>
    /// <param name="node">The clause's query.</param>
    public void Add(QueryTokenKind? conjunction, QueryTokenKind? modifier, QueryNode node)
    {
        if (_clauses.Count > 0)
        {
            QueryClause previous = _clauses[^1];
            if (previous.Occur != QueryOccur.MustNot)
            {
                if (conjunction == QueryTokenKind.And)
                {
                    _clauses[^1] = previous with { Occur = QueryOccur.Must };
                }
                else if (conjunction == QueryTokenKind.Or && defaultOperator == QueryOperator.And)
                {
                    _clauses[^1] = previous with { Occur = QueryOccur.Should };
                }
            }
        }
        else
        {
            _firstUnmodified = modifier is null;
        }

        _clauses.Add(new QueryClause(OccurOf(conjunction, modifier), node));
    }

    /// <summary>Returns the query: the only clause itself when it had no modifier, else a <see cref="BooleanNode"/> spanning <paramref name="span"/>.</summary>
    public QueryNode Build(SourceSpan span)
    {
        return _clauses.Count == 1 && _firstUnmodified ? _clauses[0].Node : new BooleanNode(_clauses, 1f, span);
    }

    private QueryOccur OccurOf(QueryTokenKind? conjunction, QueryTokenKind? modifier)
    {
        if (modifier is QueryTokenKind.Minus or QueryTokenKind.Not)
        {
            return QueryOccur.MustNot;
        }

        if (defaultOperator == QueryOperator.Or)
        {
            return modifier == QueryTokenKind.Plus || conjunction == QueryTokenKind.And ? QueryOccur.Must : QueryOccur.Should;
        }

        // Under AND, Lucene ignores '+' after OR: only the conjunction decides.
        return conjunction == QueryTokenKind.Or ? QueryOccur.Should : QueryOccur.Must;
    }
}
