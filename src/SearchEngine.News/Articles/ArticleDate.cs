using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace SearchEngine.News.Articles;

/// <summary>
/// The publication date of an article at the precision its source gave: a year, a month or a day, written
/// "YYYY", "YYYY-MM" or "YYYY-MM-DD" with a year from 1000 to 9999.
/// </summary>
/// <remarks>
/// The default value (year 0) is not a valid date; parsing and the constructor never produce it.
/// </remarks>
public readonly record struct ArticleDate
{
    /// <summary>The smallest year a date may have; four digits keep "YYYY" strings sorting as dates.</summary>
    public const int MinYear = 1000;

    /// <summary>The largest year a date may have.</summary>
    public const int MaxYear = 9999;

    /// <summary>Initializes a date of year, month or day precision, validating it against the calendar.</summary>
    /// <param name="year">The year, 1000 to 9999.</param>
    /// <param name="month">The month, 1 to 12, or null for a year-only date.</param>
    /// <param name="day">The day of the month, or null; a day needs a month.</param>
    /// <exception cref="ArgumentOutOfRangeException">A part is out of range or the day does not exist in that month.</exception>
    public ArticleDate(int year, int? month = null, int? day = null)
    {
        string? error = Validate(year, month, day);
        if (error is not null)
        {
            throw new ArgumentOutOfRangeException(day is not null ? nameof(day) : month is not null ? nameof(month) : nameof(year), error);
        }

        Year = year;
        Month = month;
        Day = day;
    }

    /// <summary>Gets the year, 1000 to 9999.</summary>
    public int Year { get; }

    /// <summary>Gets the month, 1 to 12, or null when only the year is known.</summary>
    public int? Month { get; }

    /// <summary>Gets the day of the month, or null when the date has year or month precision.</summary>
    public int? Day { get; }

    /// <summary>Gets how much of the date is known.</summary>
    public ArticleDatePrecision Precision =>
        Day is not null ? ArticleDatePrecision.Day : Month is not null ? ArticleDatePrecision.Month : ArticleDatePrecision.Year;

    /// <summary>
    /// Gets the date as the number yyyymmdd, a missing month or day counting as 01, so that "2022-03" sorts
    /// and range-filters as 2022-03-01 (the convention of the peer engines).
    /// </summary>
    /// <remarks>Different precisions can share a key: "2022", "2022-01" and "2022-01-01" all give 20220101.</remarks>
    public long SortKey => (Year * 10_000L) + ((Month ?? 1) * 100L) + (Day ?? 1);

    /// <summary>Parses "YYYY", "YYYY-MM" or "YYYY-MM-DD", throwing on anything else.</summary>
    /// <param name="text">The date text, with no surrounding whitespace.</param>
    /// <returns>The parsed date.</returns>
    /// <exception cref="FormatException">The text is not a valid date of one of the three forms.</exception>
    public static ArticleDate Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return TryParse(text, out ArticleDate date, out string? error)
            ? date
            : throw new FormatException($"bad date '{text}': {error}");
    }

    /// <summary>Tries to parse "YYYY", "YYYY-MM" or "YYYY-MM-DD" as a real calendar date.</summary>
    /// <param name="text">The date text, with no surrounding whitespace; null gives false.</param>
    /// <param name="date">The parsed date, or the default value when parsing fails.</param>
    /// <returns>Whether the text is a valid date.</returns>
    public static bool TryParse([NotNullWhen(true)] string? text, out ArticleDate date)
    {
        if (text is null)
        {
            date = default;
            return false;
        }

        return TryParse(text.AsSpan(), out date, out _);
    }

    /// <summary>Tries to parse "YYYY", "YYYY-MM" or "YYYY-MM-DD" as a real calendar date.</summary>
    /// <param name="text">The date text, with no surrounding whitespace.</param>
    /// <param name="date">The parsed date, or the default value when parsing fails.</param>
    /// <returns>Whether the text is a valid date.</returns>
    public static bool TryParse(ReadOnlySpan<char> text, out ArticleDate date) => TryParse(text, out date, out _);

    /// <summary>Returns the date in the form it was given: "YYYY", "YYYY-MM" or "YYYY-MM-DD".</summary>
    /// <returns>The date text, which <see cref="Parse"/> reads back to an equal date.</returns>
    public override string ToString() => Precision switch
    {
        ArticleDatePrecision.Day => string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-{Month:D2}-{Day:D2}"),
        ArticleDatePrecision.Month => string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-{Month:D2}"),
        _ => Year.ToString("D4", CultureInfo.InvariantCulture),
    };

    /// <summary>Tries to parse a date, saying what is wrong with it when it is not one (for "bad date" messages).</summary>
    internal static bool TryParse(ReadOnlySpan<char> text, out ArticleDate date, [NotNullWhen(false)] out string? error)
    {
        date = default;

        // Only the exact shapes: digits where digits go, '-' between them, nothing else (no sign, no spaces).
        if (!(text.Length is 4 or 7 or 10) || !Digits(text[..4])
            || (text.Length >= 7 && (text[4] != '-' || !Digits(text.Slice(5, 2))))
            || (text.Length == 10 && (text[7] != '-' || !Digits(text.Slice(8, 2)))))
        {
            error = "expected YYYY, YYYY-MM or YYYY-MM-DD";
            return false;
        }

        int year = Number(text[..4]);
        int? month = text.Length >= 7 ? Number(text.Slice(5, 2)) : null;
        int? day = text.Length == 10 ? Number(text.Slice(8, 2)) : null;
        error = Validate(year, month, day);
        if (error is not null)
        {
            return false;
        }

        date = new ArticleDate(year, month, day);
        return true;
    }

    private static string? Validate(int year, int? month, int? day)
    {
        if (year is < MinYear or > MaxYear)
        {
            return $"year must be {MinYear}-{MaxYear}";
        }

        if (month is not null and (< 1 or > 12))
        {
            return "month must be 01-12";
        }

        if (day is not null)
        {
            if (month is null)
            {
                return "a day needs a month";
            }

            int days = DateTime.DaysInMonth(year, month.Value);
            if (day < 1 || day > days)
            {
                return string.Create(CultureInfo.InvariantCulture, $"day must be 01-{days} in {year:D4}-{month:D2}");
            }
        }

        return null;
    }

    private static bool Digits(ReadOnlySpan<char> text) => !text.ContainsAnyExceptInRange('0', '9');

    private static int Number(ReadOnlySpan<char> digits)
    {
        int value = 0;
        foreach (char digit in digits)
        {
            value = (value * 10) + (digit - '0');
        }

        return value;
    }
}
