namespace SearchEngine.News.QueryParsing;

/// <summary>
/// A range of terms (<c>date:[2021-12 TO 2022-02]</c>, <c>{a TO b]</c>); a <see langword="null"/> bound is open
/// (<c>*</c>). Bounds are raw text: whether they are dates is for the later step, which knows the field.
/// </summary>
public sealed class RangeNode : QueryNode
{
    /// <summary>Initializes a range node.</summary>
    /// <param name="field">The field, lower-cased; <see langword="null"/> for the caller's default fields.</param>
    /// <param name="lower">The lower bound, raw; <see langword="null"/> when open (<c>*</c>).</param>
    /// <param name="upper">The upper bound, raw; <see langword="null"/> when open (<c>*</c>).</param>
    /// <param name="includeLower">Whether the lower bound itself matches (<c>[</c>) or not (<c>{</c>).</param>
    /// <param name="includeUpper">Whether the upper bound itself matches (<c>]</c>) or not (<c>}</c>).</param>
    /// <param name="boost">The boost; 1 for none.</param>
    /// <param name="span">Where in the query the node came from.</param>
    public RangeNode(
        string? field,
        string? lower,
        string? upper,
        bool includeLower,
        bool includeUpper,
        float boost = 1f,
        SourceSpan span = default)
        : base(span, boost)
    {
        Field = field;
        Lower = lower;
        Upper = upper;
        IncludeLower = includeLower;
        IncludeUpper = includeUpper;
    }

    /// <summary>Gets the field, or <see langword="null"/> for the default fields.</summary>
    public string? Field { get; }

    /// <summary>Gets the lower bound, or <see langword="null"/> when the range is open below.</summary>
    public string? Lower { get; }

    /// <summary>Gets the upper bound, or <see langword="null"/> when the range is open above.</summary>
    public string? Upper { get; }

    /// <summary>Gets whether the lower bound itself matches.</summary>
    public bool IncludeLower { get; }

    /// <summary>Gets whether the upper bound itself matches.</summary>
    public bool IncludeUpper { get; }

    internal override QueryNode Rewrap(SourceSpan span, float factor)
    {
        return new RangeNode(Field, Lower, Upper, IncludeLower, IncludeUpper, Boost * factor, span);
    }

    private protected override bool EqualsSameKind(QueryNode other)
    {
        var range = (RangeNode)other;
        return range.Field == Field
            && range.Lower == Lower
            && range.Upper == Upper
            && range.IncludeLower == IncludeLower
            && range.IncludeUpper == IncludeUpper;
    }

    private protected override int HashSameKind() => HashCode.Combine(Field, Lower, Upper, IncludeLower, IncludeUpper);
}
