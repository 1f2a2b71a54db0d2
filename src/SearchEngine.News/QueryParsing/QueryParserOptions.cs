namespace SearchEngine.News.QueryParsing;

/// <summary>
/// Settings of a <see cref="QueryParser"/>. The limits keep a hostile query from costing more than a bounded amount
/// of memory, stack and search work; a query beyond one fails with a <see cref="QueryParseException"/> naming it.
/// </summary>
public sealed class QueryParserOptions
{
    /// <summary>The most <see cref="MaxNestingDepth"/> may be, so that the recursive parser can never exhaust the stack.</summary>
    public const int NestingDepthCeiling = 1000;

    /// <summary>Gets the operator between adjacent clauses that no <c>AND</c>/<c>OR</c> joins; <see cref="QueryOperator.Or"/> by default, as Lucene.</summary>
    public QueryOperator DefaultOperator { get; init; } = QueryOperator.Or;

    /// <summary>Gets the longest query accepted, in UTF-16 code units; 1,000 by default.</summary>
    public int MaxQueryLength { get; init; } = 1000;

    /// <summary>
    /// Gets the most terms, phrases, prefixes, ranges and <c>*:*</c> a query may hold, counted over the whole tree;
    /// 1,024 by default (Lucene's BooleanQuery limit, applied to the total rather than per group).
    /// </summary>
    public int MaxClauseCount { get; init; } = 1024;

    /// <summary>Gets the deepest parentheses may nest; 32 by default, at most <see cref="NestingDepthCeiling"/>.</summary>
    public int MaxNestingDepth { get; init; } = 32;

    /// <summary>
    /// Gets the field names (and aliases) a query may use before a colon. A name not listed is an error that lists the
    /// known ones. Empty (the default) accepts every name, as Lucene does.
    /// </summary>
    public IReadOnlyList<QueryField> Fields { get; init; } = [];

    /// <summary>Throws when a setting is out of range or two fields share a name.</summary>
    internal void Validate()
    {
        if (!Enum.IsDefined(DefaultOperator))
        {
            throw new ArgumentOutOfRangeException(nameof(DefaultOperator), DefaultOperator, "Unknown operator.");
        }

        ArgumentOutOfRangeException.ThrowIfNegative(MaxQueryLength, nameof(MaxQueryLength));
        ArgumentOutOfRangeException.ThrowIfLessThan(MaxClauseCount, 1, nameof(MaxClauseCount));
        ArgumentOutOfRangeException.ThrowIfLessThan(MaxNestingDepth, 0, nameof(MaxNestingDepth));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(MaxNestingDepth, NestingDepthCeiling, nameof(MaxNestingDepth));
        ArgumentNullException.ThrowIfNull(Fields, nameof(Fields));
    }
}
