using System.Text;
using SearchEngine.Core.Index;

namespace SearchEngine.Core.Search;

/// <summary>
/// Matches documents whose <see cref="MultiTermQuery.Field"/> contains a term between two bounds, all with the
/// same score (the boost), as Lucene's TermRangeQuery under its default constant-score rewrite; meant for keyword
/// fields such as "month" = "2022-01".
/// </summary>
/// <remarks>
/// Terms compare as UTF-8 bytes (Unicode code point order), as the term dictionary sorts them: "2021-12" &lt;
/// "2022-01", but "10" &lt; "9", so numbers belong in <see cref="NumericRangeQuery"/>. A null bound leaves that
/// side open (its inclusion flag is then meaningless and reads as true). Bounds that cross match nothing.
/// </remarks>
internal sealed class TermRangeQuery : MultiTermQuery
{
    private readonly byte[]? lowerBytes;
    private readonly byte[]? upperBytes;

    /// <summary>Initializes a range over the terms of <paramref name="field"/>.</summary>
    /// <param name="field">The field.</param>
    /// <param name="lower">The lower bound, or null for none.</param>
    /// <param name="upper">The upper bound, or null for none.</param>
    /// <param name="includeLower">Whether a term equal to <paramref name="lower"/> matches.</param>
    /// <param name="includeUpper">Whether a term equal to <paramref name="upper"/> matches.</param>
    public TermRangeQuery(string field, string? lower, string? upper, bool includeLower, bool includeUpper)
        : base(field)
    {
        Lower = lower;
        Upper = upper;
        IncludeLower = lower is null || includeLower;
        IncludeUpper = upper is null || includeUpper;
        lowerBytes = lower is null ? null : Encoding.UTF8.GetBytes(lower);
        upperBytes = upper is null ? null : Encoding.UTF8.GetBytes(upper);
    }

    /// <summary>Gets the lower bound, or null when the range is open below.</summary>
    public string? Lower { get; }

    /// <summary>Gets the upper bound, or null when the range is open above.</summary>
    public string? Upper { get; }

    /// <summary>Gets a value indicating whether the lower bound itself matches (true when open).</summary>
    public bool IncludeLower { get; }

    /// <summary>Gets a value indicating whether the upper bound itself matches (true when open).</summary>
    public bool IncludeUpper { get; }

    /// <summary>Returns the range in classic syntax: <c>month:[2021-12 TO 2022-02]</c>, braces for excluded bounds, <c>*</c> for open ones.</summary>
    public override string ToString() =>
        $"{Field}:{(IncludeLower ? '[' : '{')}{Bound(Lower)} TO {Bound(Upper)}{(IncludeUpper ? ']' : '}')}";

    /// <inheritdoc />
    public override bool Equals(object? obj) =>
        obj is TermRangeQuery other && other.Field == Field && other.Lower == Lower && other.Upper == Upper
        && other.IncludeLower == IncludeLower && other.IncludeUpper == IncludeUpper;

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(typeof(TermRangeQuery), Field, Lower, Upper, IncludeLower, IncludeUpper);

    /// <inheritdoc />
    internal override bool SeekFirst(TermsEnum terms)
    {
        if (lowerBytes is null)
        {
            return terms.MoveNext();
        }

        SeekStatus status = terms.SeekCeil(lowerBytes);
        if (status == SeekStatus.End)
        {
            return false;
        }

        return status == SeekStatus.NotFound || IncludeLower || terms.MoveNext();
    }

    /// <inheritdoc />
    internal override bool IsPastEnd(ReadOnlySpan<byte> term)
    {
        if (upperBytes is null)
        {
            return false;
        }

        int cmp = term.SequenceCompareTo(upperBytes);
        return IncludeUpper ? cmp > 0 : cmp >= 0;
    }

    // A literal "*" bound is escaped so it does not read as an open bound, as Lucene prints it.
    private static string Bound(string? bound) => bound is null ? "*" : bound == "*" ? "\\*" : bound;
}
