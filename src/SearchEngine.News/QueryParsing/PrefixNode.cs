namespace SearchEngine.News.QueryParsing;

/// <summary>A word ending in <c>*</c> (<c>regering*</c>): matches every term that starts with <see cref="Prefix"/>.</summary>
public sealed class PrefixNode : QueryNode
{
    /// <summary>Initializes a prefix node.</summary>
    /// <param name="field">The field, lower-cased; <see langword="null"/> for the caller's default fields.</param>
    /// <param name="prefix">The text before the <c>*</c>, raw (escapes removed); never empty.</param>
    /// <param name="boost">The boost; 1 for none.</param>
    /// <param name="span">Where in the query the node came from.</param>
    public PrefixNode(string? field, string prefix, float boost = 1f, SourceSpan span = default)
        : base(span, boost)
    {
        ArgumentException.ThrowIfNullOrEmpty(prefix);
        Field = field;
        Prefix = prefix;
    }

    /// <summary>Gets the field, or <see langword="null"/> for the default fields.</summary>
    public string? Field { get; }

    /// <summary>Gets the text before the <c>*</c>, raw.</summary>
    public string Prefix { get; }

    internal override QueryNode Rewrap(SourceSpan span, float factor) => new PrefixNode(Field, Prefix, Boost * factor, span);

    private protected override bool EqualsSameKind(QueryNode other)
    {
        var prefix = (PrefixNode)other;
        return prefix.Field == Field && prefix.Prefix == Prefix;
    }

    private protected override int HashSameKind() => HashCode.Combine(Field, Prefix);
}
