using Microsoft.AspNetCore.Http.HttpResults;
using SearchEngine.News.QueryParsing;
using SearchEngine.News.Search;

namespace SearchEngine.Server.Search;

/// <summary>The 400 answers of a query the facade refused, the same wherever a query is taken (search, facet values, an article to highlight).</summary>
internal static class SearchProblems
{
    /// <summary>Returns the 400 of a request the facade refused while searching: each message under its parameter (<c>q</c> when it names none).</summary>
    public static ValidationProblem Limit(InvalidSearchRequestException exception) =>
        TypedResults.ValidationProblem(
            exception.Errors
                .GroupBy(static e => e.Parameter.Length == 0 ? "q" : e.Parameter, StringComparer.Ordinal)
                .ToDictionary(static g => g.Key, static g => g.Select(static e => e.Message).ToArray(), StringComparer.Ordinal),
            detail: exception.Message,
            title: "The search asks for more than the server allows.");

    /// <summary>Returns the 400 of a query that does not parse: the message under <c>q</c>, and where in the query the fault is.</summary>
    public static ValidationProblem Query(QueryParseException exception) =>
        TypedResults.ValidationProblem(
            new Dictionary<string, string[]> { ["q"] = [exception.Message] },
            detail: exception.Message,
            title: "The query does not parse.",
            extensions: new Dictionary<string, object?> { ["position"] = exception.Position, ["length"] = exception.Length });
}
