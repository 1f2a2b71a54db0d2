using Microsoft.AspNetCore.Http.HttpResults;
using SearchEngine.Analysis;
using SearchEngine.Server.Hosting;

namespace SearchEngine.Server.Analyze;

/// <summary>
/// <c>GET /api/analyze?lang=&amp;text=</c>: the tokens a language's analyzer makes of a text, with offsets and
/// positions; the analyzer is the one <c>searchctl analyze</c> takes (<see cref="AnalyzerRegistry"/>), so both
/// print the same tokens.
/// </summary>
internal static class AnalyzeEndpoints
{
    /// <summary>The longest text accepted, in characters; the request line bounds it too (Kestrel: 8 KB).</summary>
    public const int MaxTextLength = 4_096;

    /// <summary>Maps the endpoint, rate limited per client.</summary>
    public static IEndpointRouteBuilder MapAnalyzeEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/api").RequireRateLimiting(RateLimiting.PerClientPolicy).WithTags("Analysis")
            .MapGet("/analyze", Analyze)
            .WithName("Analyze")
            .WithDescription("The tokens the language's analyzer makes of the text (term, start and end character offsets, position, type), as searchctl analyze --json prints them. A missing or unknown lang, or an empty or overlong text, is a 400 problem naming the parameter.");
        return app;
    }

    /// <summary>Analyzes the text with the language's analyzer.</summary>
    internal static Results<Ok<AnalyzeResponse>, ValidationProblem> Analyze([AsParameters] AnalyzeParameters parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        string language = (parameters.Lang ?? string.Empty).Trim().ToLowerInvariant();
        Analyzer? analyzer = null;
        if (language.Length == 0)
        {
            errors["lang"] = [$"lang is required: {string.Join(" or ", AnalyzerRegistry.Languages)}."];
        }
        else if (!AnalyzerRegistry.TryGet(language, out analyzer))
        {
            errors["lang"] = [$"lang '{ProblemText.Shorten(parameters.Lang!)}' is not a language of the index; expected {string.Join(" or ", AnalyzerRegistry.Languages)}."];
        }

        string text = parameters.Text ?? string.Empty;
        if (string.IsNullOrWhiteSpace(text))
        {
            errors["text"] = ["text is required: the text to analyze."];
        }
        else if (text.Length > MaxTextLength)
        {
            errors["text"] = [$"text is {text.Length} characters long; at most {MaxTextLength} are accepted."];
        }

        if (analyzer is null || errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors, title: "The analyze parameters are not valid.");
        }

        return TypedResults.Ok(new AnalyzeResponse(language, Tokens(analyzer, text)));
    }

    private static List<AnalyzedToken> Tokens(Analyzer analyzer, string text)
    {
        var tokens = new List<AnalyzedToken>();
        TokenStream stream = analyzer.GetTokenStream(text);
        TokenAttributes token = stream.Attributes;
        int position = -1;
        while (stream.IncrementToken())
        {
            position += token.PositionIncrement;
            tokens.Add(new AnalyzedToken(token.Term.ToString(), token.StartOffset, token.EndOffset, position, token.Type.ToString()));
        }

        return tokens;
    }
}
