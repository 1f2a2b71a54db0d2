using System.Globalization;
using SearchEngine.Analysis;

namespace SearchEngine.News.Search;

/// <summary>
/// The one validation of a search request against <see cref="NewsSearchLimits"/>, for every door: the searcher
/// throws its errors, the HTTP API answers them as a 400 naming each parameter, <c>searchctl</c> prints them.
/// Parsing text into the request (numbers, dates) is the caller's; the query syntax is the parser's.
/// </summary>
public static class NewsSearchRequestValidator
{
    /// <summary>Returns everything wrong with <paramref name="request"/> under <paramref name="limits"/>, by parameter; empty when it is valid.</summary>
    public static IReadOnlyList<RequestError> Check(NewsSearchRequest request, NewsSearchLimits limits)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(limits);
        var errors = new List<RequestError>();
        if (request.Query.Length > limits.MaxQueryLength)
        {
            errors.Add(new("q", Invariant($"q is {request.Query.Length} characters long; at most {limits.MaxQueryLength} are accepted.")));
        }

        if (request.Language is not null && !AnalyzerRegistry.TryGet(request.Language, out _))
        {
            errors.Add(new("lang", $"lang '{Shorten(request.Language)}' is not a language of the index; expected {string.Join(" or ", AnalyzerRegistry.Languages)}, or none for both."));
        }

        CheckValues(errors, "person", request.Persons, limits);
        CheckValues(errors, "organization", request.Organizations, limits);
        CheckValues(errors, "notperson", request.ExcludedPersons, limits);
        CheckValues(errors, "notorganization", request.ExcludedOrganizations, limits);
        if (request.Date is DateFilter date && date.LowerKey > date.UpperKey)
        {
            errors.Add(new("from", $"from {date.From} is after to {date.To}."));
        }

        bool sizeValid = request.Size >= 1 && request.Size <= limits.MaxPageSize;
        if (!sizeValid)
        {
            errors.Add(new("size", Invariant($"size {request.Size} is not from 1 to {limits.MaxPageSize}.")));
        }

        if (request.Page < 1)
        {
            errors.Add(new("page", Invariant($"page {request.Page} is not 1 or more (pages count from 1).")));
        }
        else if (sizeValid && (long)request.Page * request.Size > limits.MaxResultWindow)
        {
            errors.Add(new("page", Invariant($"page {request.Page} of size {request.Size} reaches result {(long)request.Page * request.Size}; at most {limits.MaxResultWindow} results can be paged through.")));
        }

        if (request.After is string after)
        {
            CheckCursor(errors, request, after);
        }

        if (request.Highlight && (request.SnippetCount < 1 || request.SnippetCount > limits.MaxSnippetCount))
        {
            errors.Add(new("snippetCount", Invariant($"snippetCount {request.SnippetCount} is not from 1 to {limits.MaxSnippetCount}.")));
        }

        if (request.Highlight && (request.SnippetLength < 1 || request.SnippetLength > limits.MaxSnippetLength))
        {
            errors.Add(new("snippetLength", Invariant($"snippetLength {request.SnippetLength} is not from 1 to {limits.MaxSnippetLength}.")));
        }

        return errors;
    }

    /// <summary>Throws <see cref="InvalidSearchRequestException"/> naming every bad parameter of <paramref name="request"/>.</summary>
    public static void ThrowIfInvalid(NewsSearchRequest request, NewsSearchLimits limits)
    {
        IReadOnlyList<RequestError> errors = Check(request, limits);
        if (errors.Count > 0)
        {
            throw new InvalidSearchRequestException(errors);
        }
    }

    private static void CheckCursor(List<RequestError> errors, NewsSearchRequest request, string after)
    {
        if (request.Page != 1)
        {
            errors.Add(new("after", Invariant($"after continues from the page its cursor ended; it cannot be combined with page {request.Page} (leave page out).")));
        }

        if (!SearchCursor.TryDecode(after, out SearchCursor cursor, out string? problem))
        {
            errors.Add(new("after", problem));
        }
        else if (cursor.Sort != request.Sort)
        {
            errors.Add(new("after", $"after is a cursor of sort={SortName(cursor.Sort)}; this search is sort={SortName(request.Sort)}. Keep the sort of the walk, or start again without after."));
        }
    }

    private static string SortName(NewsSort sort) => sort switch { NewsSort.Date => "date", NewsSort.DateOldestFirst => "oldest", _ => "relevance" };

    private static void CheckValues(List<RequestError> errors, string name, IReadOnlyList<string> values, NewsSearchLimits limits)
    {
        if (values.Count > limits.MaxFilterValues)
        {
            errors.Add(new(name, Invariant($"{values.Count} {name} values were given; at most {limits.MaxFilterValues} are accepted.")));
        }

        foreach (string value in values)
        {
            if (value.Length > limits.MaxValueLength)
            {
                errors.Add(new(name, Invariant($"{name} '{Shorten(value)}' is longer than {limits.MaxValueLength} characters.")));
                break;
            }
        }
    }

    private static string Shorten(string value) => value.Length <= 60 ? value : value[..57] + "...";

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
