using SearchEngine.News.Articles;

namespace SearchEngine.News.Search;

/// <summary>
/// Keeps articles dated within an inclusive range; a month-only or year-only bound covers the whole month or
/// year (<c>from</c> counts from its first day, <c>to</c> up to its last). Either bound may be absent.
/// </summary>
/// <param name="From">The earliest date kept, or null for no lower bound.</param>
/// <param name="To">The latest date kept, or null for no upper bound.</param>
public sealed record DateFilter(ArticleDate? From, ArticleDate? To)
{
    /// <summary>Returns the filter of one year, month or day, as <c>date: "2022"</c>, <c>"2022-01"</c> or <c>"2022-01-15"</c> mean.</summary>
    public static DateFilter Exactly(ArticleDate date) => new(date, date) { Exact = date };

    /// <summary>
    /// Gets the one year, month or day this filter is, when made by <see cref="Exactly"/>: it is then searched as
    /// an indexed term (fast, and a month does not match year-only dates) instead of a range over doc values.
    /// </summary>
    public ArticleDate? Exact { get; private init; }

    /// <summary>Gets the smallest yyyymmdd sort key kept.</summary>
    public long LowerKey => From is ArticleDate from ? (from.Year * 10_000L) + ((from.Month ?? 1) * 100L) + (from.Day ?? 1) : long.MinValue;

    /// <summary>Gets the largest yyyymmdd sort key kept.</summary>
    public long UpperKey => To is ArticleDate to ? (to.Year * 10_000L) + ((to.Month ?? 12) * 100L) + (to.Day ?? 31) : long.MaxValue;
}
