namespace SearchEngine.News.Articles;

/// <summary>How much of an <see cref="ArticleDate"/> the source gave: the year only, the month, or the day.</summary>
public enum ArticleDatePrecision
{
    /// <summary>Only the year is known ("YYYY").</summary>
    Year,

    /// <summary>The year and month are known ("YYYY-MM").</summary>
    Month,

    /// <summary>The full calendar date is known ("YYYY-MM-DD").</summary>
    Day,
}
