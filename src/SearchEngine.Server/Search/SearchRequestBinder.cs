using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using SearchEngine.News.Articles;
using SearchEngine.News.Search;
using SearchEngine.Server.Configuration;
using SearchEngine.Server.Hosting;

namespace SearchEngine.Server.Search;

/// <summary>
/// Turns the query string of a search into a <see cref="NewsSearchRequest"/>, or into one message per bad
/// parameter, keyed by the parameter's name, for a 400 problem response.
/// </summary>
internal static class SearchRequestBinder
{
    /// <summary>The page size when the client gives none.</summary>
    public const int DefaultSize = 10;

    /// <summary>The longest person or organization value accepted.</summary>
    public const int MaxValueLength = 200;

    /// <summary>Binds <paramref name="parameters"/>; returns false with the errors when any parameter is bad.</summary>
    public static bool TryBind(
        SearchParameters parameters,
        SearchOptions options,
        [NotNullWhen(true)] out NewsSearchRequest? request,
        out Dictionary<string, string[]> errors)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        ArgumentNullException.ThrowIfNull(options);
        errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        string query = parameters.Q ?? string.Empty;
        if (query.Length > options.MaxQueryLength)
        {
            Add(errors, "q", $"q is {query.Length} characters long; at most {options.MaxQueryLength} are accepted.");
        }

        string? language = BindLanguage(parameters.Lang, errors);
        IReadOnlyList<string> persons = BindValues("person", parameters.Person, options.MaxFilterValues, errors);
        IReadOnlyList<string> organizations = BindValues("organization", parameters.Organization, options.MaxFilterValues, errors);
        DateFilter? date = BindDates(parameters, errors);
        NewsSort sort = BindSort(parameters.Sort, errors);
        int? size = BindNumber("size", parameters.Size, DefaultSize, options.MaxPageSize, errors);
        int? page = BindNumber("page", parameters.Page, 1, int.MaxValue, errors);
        if (page is int p && size is int s && (long)p * s > options.MaxResultWindow)
        {
            Add(errors, "page", $"page {p} of size {s} reaches result {(long)p * s}; at most {options.MaxResultWindow} results can be paged through.");
        }

        if (errors.Count > 0 || page is null || size is null)
        {
            request = null;
            return false;
        }

        request = new NewsSearchRequest(query)
        {
            Language = language,
            Persons = persons,
            Organizations = organizations,
            Date = date,
            Sort = sort,
            Size = size.Value,
            Page = page.Value - 1,
        };
        return true;
    }

    private static string? BindLanguage(string? value, Dictionary<string, string[]> errors)
    {
        string language = (value ?? string.Empty).Trim().ToLowerInvariant();
        switch (language)
        {
            case "":
                return null;
            case "da" or "nl":
                return language;
            default:
                Add(errors, "lang", $"lang '{ProblemText.Shorten(value!)}' is not a language of the index; expected da or nl, or none for both.");
                return null;
        }
    }

    private static List<string> BindValues(string name, string[]? values, int max, Dictionary<string, string[]> errors)
    {
        var kept = new List<string>();
        foreach (string? value in values ?? [])
        {
            string trimmed = value?.Trim() ?? string.Empty;
            if (trimmed.Length > MaxValueLength)
            {
                Add(errors, name, $"{name} '{ProblemText.Shorten(trimmed)}' is longer than {MaxValueLength} characters.");
            }
            else if (trimmed.Length > 0 && !kept.Contains(trimmed, StringComparer.Ordinal))
            {
                kept.Add(trimmed);
            }
        }

        if (kept.Count > max)
        {
            Add(errors, name, $"{kept.Count} {name} values were given; at most {max} are accepted.");
        }

        return kept;
    }

    private static DateFilter? BindDates(SearchParameters parameters, Dictionary<string, string[]> errors)
    {
        ArticleDate? exact = BindDate("date", parameters.Date, errors);
        ArticleDate? from = BindDate("from", parameters.From, errors);
        ArticleDate? to = BindDate("to", parameters.To, errors);
        if (exact is ArticleDate day)
        {
            if (from is not null || to is not null)
            {
                Add(errors, "date", "Give either date or from/to, not both.");
            }

            return DateFilter.Exactly(day);
        }

        if (from is null && to is null)
        {
            return null;
        }

        var range = new DateFilter(from, to);
        if (range.LowerKey > range.UpperKey)
        {
            Add(errors, "from", $"from {from} is after to {to}.");
        }

        return range;
    }

    private static ArticleDate? BindDate(string name, string? value, Dictionary<string, string[]> errors)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        if (ArticleDate.TryParse(value.Trim(), out ArticleDate date))
        {
            return date;
        }

        Add(errors, name, $"{name} '{ProblemText.Shorten(value)}' is not a date; expected YYYY, YYYY-MM or YYYY-MM-DD (a real calendar date, year {ArticleDate.MinYear}-{ArticleDate.MaxYear}).");
        return null;
    }

    private static NewsSort BindSort(string? value, Dictionary<string, string[]> errors)
    {
        switch ((value ?? string.Empty).Trim().ToLowerInvariant())
        {
            case "" or "relevance":
                return NewsSort.Relevance;
            case "date":
                return NewsSort.Date;
            default:
                Add(errors, "sort", $"sort '{ProblemText.Shorten(value!)}' is not an order; expected relevance or date.");
                return NewsSort.Relevance;
        }
    }

    private static int? BindNumber(string name, string? value, int fallback, int max, Dictionary<string, string[]> errors)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return fallback;
        }

        if (int.TryParse(value.Trim(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out int number) && number >= 1 && number <= max)
        {
            return number;
        }

        string range = max == int.MaxValue ? "of 1 or more" : string.Create(CultureInfo.InvariantCulture, $"from 1 to {max}");
        Add(errors, name, $"{name} '{ProblemText.Shorten(value)}' is not a whole number {range}.");
        return null;
    }

    private static void Add(Dictionary<string, string[]> errors, string name, string message) =>
        errors[name] = errors.TryGetValue(name, out string[]? earlier) ? [.. earlier, message] : [message];
}
