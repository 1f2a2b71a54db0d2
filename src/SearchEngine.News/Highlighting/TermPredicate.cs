namespace SearchEngine.News.Highlighting;

/// <summary>
/// Decides whether an analysed term is one of the terms a <see cref="Querying.PrefixQuery"/> or <see cref="Querying.TermRangeQuery"/>
/// expands to, comparing as the term dictionary does (UTF-8 byte order, which is code point order).
/// </summary>
internal sealed class TermPredicate
{
    private readonly string? prefix;
    private readonly string? lower;
    private readonly string? upper;
    private readonly bool includeLower;
    private readonly bool includeUpper;

    private TermPredicate(string? prefix, string? lower, string? upper, bool includeLower, bool includeUpper)
    {
        this.prefix = prefix;
        this.lower = lower;
        this.upper = upper;
        this.includeLower = includeLower;
        this.includeUpper = includeUpper;
    }

    /// <summary>Returns the predicate of the terms a prefix query expands to.</summary>
    public static TermPredicate Prefix(string prefix) => new(prefix, null, null, false, false);

    /// <summary>Returns the predicate of the terms a term range query expands to.</summary>
    public static TermPredicate Range(string? lower, string? upper, bool includeLower, bool includeUpper) => new(null, lower, upper, includeLower, includeUpper);

    /// <summary>Tells whether <paramref name="term"/> is one of the terms.</summary>
    public bool Matches(ReadOnlySpan<char> term)
    {
        if (prefix is not null)
        {
            return term.StartsWith(prefix, StringComparison.Ordinal);
        }

        if (lower is not null)
        {
            int cmp = CodePointOrder.Compare(term, lower);
            if (cmp < 0 || (cmp == 0 && !includeLower))
            {
                return false;
            }
        }

        if (upper is not null)
        {
            int cmp = CodePointOrder.Compare(term, upper);
            if (cmp > 0 || (cmp == 0 && !includeUpper))
            {
                return false;
            }
        }

        return true;
    }
}
