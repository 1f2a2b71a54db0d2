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

    /// <summary>
    /// Binds <paramref name="parameters"/>: parses each into the request (a value that does not parse is an error
    /// here), then checks the request against the limits with <see cref="NewsSearchRequestValidator"/>, the one
    /// validation every door uses; returns false with the errors, keyed by parameter, when any is bad.
    /// </summary>
    public static bool TryBind(
        SearchParameters parameters,
        SearchOptions options,
        [NotNullWhen(true)] out NewsSearchRequest? request,
        out Dictionary<string, string[]> errors)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        NewsSearchRequest bound = BindFilters(parameters, errors) with
        {
            Sort = BindSort(parameters.Sort, errors),
            Size = BindNumber("size", parameters.Size, DefaultSize, errors),
            Page = BindNumber("page", parameters.Page, 1, errors),
            After = string.IsNullOrEmpty(parameters.After) ? null : parameters.After,
        };
        return Validate(bound, options, errors, out request);
    }

    /// <summary>
    /// Binds the query and filters alone (the facet value search counts within them; page and order do not apply), or
    /// returns false with the errors keyed by parameter; <paramref name="request"/> is null, with no error, when the
    /// client gave no query and no filter, so that the caller can count over every article.
    /// </summary>
    public static bool TryBindFilters(
        SearchFilterParameters parameters,
        SearchOptions options,
        out NewsSearchRequest? request,
        out Dictionary<string, string[]> errors)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        NewsSearchRequest bound = BindFilters(parameters, errors);
        bool none = bound.Query.Trim().Length == 0 && bound.Language is null && bound.Persons.Count == 0 && bound.Organizations.Count == 0
            && bound.ExcludedPersons.Count == 0 && bound.ExcludedOrganizations.Count == 0 && bound.Date is null;
        if (none && errors.Count == 0)
        {
            request = null;
            return true;
        }

        return Validate(bound, options, errors, out request);
    }

    private static NewsSearchRequest BindFilters(SearchFilterParameters parameters, Dictionary<string, string[]> errors) =>
        new(parameters.Q ?? string.Empty)
        {
            Language = BindLanguage(parameters.Lang),
            Persons = BindValues(parameters.Person),
            Organizations = BindValues(parameters.Organization),
            ExcludedPersons = BindValues(parameters.NotPerson),
            ExcludedOrganizations = BindValues(parameters.NotOrganization),
            Date = BindDates(parameters, errors),
        };

    private static bool Validate(NewsSearchRequest bound, SearchOptions options, Dictionary<string, string[]> errors, [NotNullWhen(true)] out NewsSearchRequest? request)
    {
        ArgumentNullException.ThrowIfNull(options);
        foreach (RequestError error in NewsSearchRequestValidator.Check(bound, options.ToLimits()))
        {
            if (!errors.ContainsKey(error.Parameter))
            {
                Add(errors, error.Parameter, error.Message);
            }
        }

        request = errors.Count == 0 ? bound : null;
        return request is not null;
    }

    /// <summary>Returns the language code trimmed and lower-cased, or null for none; whether it is one is the validator's to say.</summary>
    private static string? BindLanguage(string? value)
    {
        string language = (value ?? string.Empty).Trim().ToLowerInvariant();
        return language.Length == 0 ? null : language;
    }

    /// <summary>Returns the given values trimmed, without empty ones and repeats.</summary>
    private static List<string> BindValues(string[]? values)
    {
        var kept = new List<string>();
        foreach (string? value in values ?? [])
        {
            string trimmed = value?.Trim() ?? string.Empty;
            if (trimmed.Length > 0 && !kept.Contains(trimmed, StringComparer.Ordinal))
            {
                kept.Add(trimmed);
            }
        }

        return kept;
    }

    private static DateFilter? BindDates(SearchFilterParameters parameters, Dictionary<string, string[]> errors)
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

        return new DateFilter(from, to);
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
            case "oldest":
                return NewsSort.DateOldestFirst;
            default:
                Add(errors, "sort", $"sort '{ProblemText.Shorten(value!)}' is not an order; expected relevance, date (newest first) or oldest.");
                return NewsSort.Relevance;
        }
    }

    /// <summary>Parses a whole number; the limits are the validator's. A value that does not parse is an error, and <paramref name="fallback"/> stands in.</summary>
    private static int BindNumber(string name, string? value, int fallback, Dictionary<string, string[]> errors)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return fallback;
        }

        if (int.TryParse(value.Trim(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out int number))
        {
            return number;
        }

        Add(errors, name, $"{name} '{ProblemText.Shorten(value)}' is not a whole number.");
        return fallback;
    }

    private static void Add(Dictionary<string, string[]> errors, string name, string message) =>
        errors[name] = errors.TryGetValue(name, out string[]? earlier) ? [.. earlier, message] : [message];
}
