using SearchEngine.News.Articles;
using SearchEngine.News.Indexing;
using SearchEngine.News.Querying;

namespace SearchEngine.News.Search;

/// <summary>
/// The one place a date becomes a query, for filters (<see cref="DateFilter"/>) and the <c>date:</c> syntax alike:
/// one year, month or day is an indexed term (fast, and a month does not match year-only dates); a range is a
/// numeric range over the yyyymmdd value, whose month- or year-only bounds cover the whole month or year.
/// </summary>
internal static class DateQueries
{
    /// <summary>Returns the query of <paramref name="date"/>.</summary>
    public static Query For(DateFilter date)
    {
        if (date.Exact is ArticleDate exact)
        {
            string field = exact.Precision switch
            {
                ArticleDatePrecision.Year => NewsFields.Year,
                ArticleDatePrecision.Month => NewsFields.Month,
                _ => NewsFields.Day,
            };
            return new TermQuery(field, exact.ToString());
        }

        return new NumericRangeQuery(NewsFields.Date, date.LowerKey, date.UpperKey);
    }

    /// <summary>
    /// Returns the range query of <c>date:[from TO to]</c>: null bounds are open; an exclusive bound excludes the
    /// whole year, month or day it names.
    /// </summary>
    public static NumericRangeQuery For(ArticleDate? from, ArticleDate? to, bool includeLower, bool includeUpper)
    {
        var range = new DateFilter(from, to);
        long low = range.LowerKey;
        long high = range.UpperKey;
        if (!includeLower && from is ArticleDate f)
        {
            low = new DateFilter(f, f).UpperKey + 1;
        }

        if (!includeUpper && to is ArticleDate t)
        {
            high = new DateFilter(t, t).LowerKey - 1;
        }

        return new NumericRangeQuery(NewsFields.Date, low, high);
    }
}
