using System.Collections.ObjectModel;

namespace SearchEngine.News.QueryParsing;

/// <summary>
/// A flat list of clauses, each of which should, must or must not match, as Lucene's classic parser builds them:
/// <c>a AND b OR c</c> is the list <c>+a +b c</c>, not a nested <c>(a AND b) OR c</c> (see <see cref="QueryParser"/>).
/// Each parenthesised group with more than one clause, or with a <c>+</c>/<c>-</c>, is a nested BooleanNode.
/// </summary>
public sealed class BooleanNode : QueryNode
{
    /// <summary>Initializes a Boolean node.</summary>
    /// <param name="clauses">The clauses in query order; copied.</param>
    /// <param name="boost">The boost; 1 for none.</param>
    /// <param name="span">Where in the query the node came from.</param>
    public BooleanNode(IEnumerable<QueryClause> clauses, float boost = 1f, SourceSpan span = default)
        : base(span, boost)
    {
        ArgumentNullException.ThrowIfNull(clauses);
        QueryClause[] copy = [.. clauses];
        foreach (QueryClause clause in copy)
        {
            ArgumentNullException.ThrowIfNull(clause.Node, nameof(clauses));
        }

        Clauses = new ReadOnlyCollection<QueryClause>(copy);
    }

    /// <summary>Gets the clauses in query order.</summary>
    public IReadOnlyList<QueryClause> Clauses { get; }

    internal override QueryNode Rewrap(SourceSpan span, float factor) => new BooleanNode(Clauses, Boost * factor, span);

    private protected override bool EqualsSameKind(QueryNode other)
    {
        IReadOnlyList<QueryClause> theirs = ((BooleanNode)other).Clauses;
        if (theirs.Count != Clauses.Count)
        {
            return false;
        }

        for (int i = 0; i < theirs.Count; i++)
        {
            if (theirs[i].Occur != Clauses[i].Occur || !theirs[i].Node.Equals(Clauses[i].Node))
            {
                return false;
            }
        }

        return true;
    }

    private protected override int HashSameKind()
    {
        var hash = default(HashCode);
        foreach (QueryClause clause in Clauses)
        {
            hash.Add(clause.Occur);
            hash.Add(clause.Node);
        }

        return hash.ToHashCode();
    }
}
