using SearchEngine.News.Articles;

namespace SearchEngine.News.Tests.Articles;

public sealed class ArticleDateTests
{
    [Theory]
    [InlineData("2022", 2022, null, null, ArticleDatePrecision.Year, 20220101L)]
    [InlineData("2022-03", 2022, 3, null, ArticleDatePrecision.Month, 20220301L)]
    [InlineData("2022-03-15", 2022, 3, 15, ArticleDatePrecision.Day, 20220315L)]
    [InlineData("2024-02-29", 2024, 2, 29, ArticleDatePrecision.Day, 20240229L)]
    [InlineData("2000-02-29", 2000, 2, 29, ArticleDatePrecision.Day, 20000229L)]
    [InlineData("1000-01-01", 1000, 1, 1, ArticleDatePrecision.Day, 10000101L)]
    [InlineData("9999-12-31", 9999, 12, 31, ArticleDatePrecision.Day, 99991231L)]
    [InlineData("1992-12", 1992, 12, null, ArticleDatePrecision.Month, 19921201L)]
    public void ValidDatesParseToTheirPartsAndBackToTheSameText(string text, int year, int? month, int? day, ArticleDatePrecision precision, long sortKey)
    {
        Assert.True(ArticleDate.TryParse(text, out ArticleDate date));
        Assert.Equal(year, date.Year);
        Assert.Equal(month, date.Month);
        Assert.Equal(day, date.Day);
        Assert.Equal(precision, date.Precision);
        Assert.Equal(sortKey, date.SortKey);
        Assert.Equal(text, date.ToString());
        Assert.Equal(date, ArticleDate.Parse(text));
        Assert.Equal(date, new ArticleDate(year, month, day));
    }

    [Theory]
    [InlineData("2022-02-30", "day must be 01-28 in 2022-02")]
    [InlineData("2023-02-29", "day must be 01-28 in 2023-02")]
    [InlineData("1900-02-29", "day must be 01-28 in 1900-02")]
    [InlineData("2022-04-31", "day must be 01-30 in 2022-04")]
    [InlineData("2022-01-00", "day must be 01-31 in 2022-01")]
    [InlineData("2022-13", "month must be 01-12")]
    [InlineData("2022-00", "month must be 01-12")]
    [InlineData("2022-13-01", "month must be 01-12")]
    [InlineData("0999", "year must be 1000-9999")]
    [InlineData("0000-01-01", "year must be 1000-9999")]
    [InlineData("10000", "expected YYYY, YYYY-MM or YYYY-MM-DD")]
    [InlineData("2022-1", "expected YYYY, YYYY-MM or YYYY-MM-DD")]
    [InlineData("2022-01-1", "expected YYYY, YYYY-MM or YYYY-MM-DD")]
    [InlineData("22-01", "expected YYYY, YYYY-MM or YYYY-MM-DD")]
    [InlineData(" 2022", "expected YYYY, YYYY-MM or YYYY-MM-DD")]
    [InlineData("2022 ", "expected YYYY, YYYY-MM or YYYY-MM-DD")]
    [InlineData("2022/01", "expected YYYY, YYYY-MM or YYYY-MM-DD")]
    [InlineData("2022-01-01T00:00", "expected YYYY, YYYY-MM or YYYY-MM-DD")]
    [InlineData("+202", "expected YYYY, YYYY-MM or YYYY-MM-DD")]
    [InlineData("abcd", "expected YYYY, YYYY-MM or YYYY-MM-DD")]
    [InlineData("\u0662\u0660\u0662\u0662", "expected YYYY, YYYY-MM or YYYY-MM-DD")]
    [InlineData("", "expected YYYY, YYYY-MM or YYYY-MM-DD")]
    public void InvalidDatesAreRejectedWithTheReason(string text, string reason)
    {
        Assert.False(ArticleDate.TryParse(text, out ArticleDate date));
        Assert.Equal(default, date);
        FormatException exception = Assert.Throws<FormatException>(() => ArticleDate.Parse(text));
        Assert.Equal($"bad date '{text}': {reason}", exception.Message);
    }

    [Fact]
    public void NullIsNoDate() => Assert.False(ArticleDate.TryParse((string?)null, out _));

    [Fact]
    public void MissingMonthAndDaySortAsTheFirst()
    {
        string[] ordered = ["2021-12-31", "2022", "2022-01-02", "2022-02", "2022-02-01", "2022-02-02", "2023"];
        long[] keys = [.. ordered.Select(text => ArticleDate.Parse(text).SortKey)];
        Assert.Equal([20211231L, 20220101L, 20220102L, 20220201L, 20220201L, 20220202L, 20230101L], keys);
        Assert.Equal(ArticleDate.Parse("2022-01-01").SortKey, ArticleDate.Parse("2022-01").SortKey);
    }

    [Fact]
    public void DatesOfDifferentPrecisionAreNotEqual()
    {
        Assert.NotEqual(ArticleDate.Parse("2022-01"), ArticleDate.Parse("2022-01-01"));
        Assert.NotEqual(ArticleDate.Parse("2022"), ArticleDate.Parse("2022-01"));
        Assert.Equal(ArticleDate.Parse("2022-01"), new ArticleDate(2022, 1));
    }

    [Theory]
    [InlineData(999, null, null)]
    [InlineData(2022, 13, null)]
    [InlineData(2022, null, 5)]
    [InlineData(2022, 2, 29)]
    [InlineData(2022, 6, 0)]
    public void TheConstructorRejectsWhatParsingRejects(int year, int? month, int? day) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new ArticleDate(year, month, day));
}
