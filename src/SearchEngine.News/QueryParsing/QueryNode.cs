namespace SearchEngine.News.QueryParsing;

/// <summary>
/// A node of the syntax tree <see cref="QueryParser"/> makes of a query: immutable, with the field as the user named
/// it (lower-cased, aliases resolved) and the text raw, because analysis (per language) happens in a later step that
/// turns the tree into engine queries.
/// </summary>
/// <remarks>
/// Equality is structural and ignores <see cref="Span"/>, so a tree equals the tree parsed from its own
/// <see cref="ToString"/>. <see cref="ToString"/> writes the query in the classic syntax, explicit enough to mean the
/// same under the default <see cref="QueryOperator.Or"/>: <c>+title:a^2.0 -"b c"~2 organization:x*</c>. (That holds
/// for every tree the parser makes; a hand-built <see cref="BooleanNode"/> with no clauses, or with one clause and no
/// modifier, has no spelling of its own.)
/// </remarks>
public abstract class QueryNode : IEquatable<QueryNode>
{
    private protected QueryNode(SourceSpan span, float boost)
    {
        if (!float.IsFinite(boost) || boost < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(boost), boost, "A boost is a finite number of at least 0.");
        }

        Span = span;
        Boost = boost;
    }

    /// <summary>
    /// Gets the characters of the query this node was parsed from: its field prefix, parentheses and <c>~</c>/<c>^</c>
    /// suffixes included, a leading <c>+</c>, <c>-</c> or <c>NOT</c> excluded (that belongs to the clause).
    /// </summary>
    public SourceSpan Span { get; }

    /// <summary>Gets the factor the node's score is multiplied by (<c>^2</c>); 1 when none was given.</summary>
    public float Boost { get; }

    /// <summary>Returns the query in the classic syntax; parsing it gives a tree equal to this one.</summary>
    public override string ToString() => QuerySyntaxWriter.Write(this);

    /// <summary>Returns whether <paramref name="other"/> is the same query: same kind, fields, texts, boosts and clauses (spans ignored).</summary>
    public bool Equals(QueryNode? other)
    {
        return other is not null
            && other.GetType() == GetType()
            && other.Boost.Equals(Boost)
            && EqualsSameKind(other);
    }

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as QueryNode);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(GetType(), Boost, HashSameKind());

    /// <summary>Returns a copy with the boost multiplied by <paramref name="factor"/> and the span replaced, for <c>(a)^2</c> and <c>title:(a)</c>.</summary>
    internal abstract QueryNode Rewrap(SourceSpan span, float factor);

    /// <summary>Compares the kind-specific parts with <paramref name="other"/>, which is of the same type.</summary>
    private protected abstract bool EqualsSameKind(QueryNode other);

    /// <summary>Hashes the kind-specific parts.</summary>
    private protected abstract int HashSameKind();
}
