namespace SearchEngine.Server.Analyze;

/// <summary>The answer of <c>GET /api/analyze</c>: the language analysed with and the tokens in text order.</summary>
/// <param name="Lang">The language code, lower case.</param>
/// <param name="Tokens">The tokens in the order the analyzer makes them.</param>
internal sealed record AnalyzeResponse(string Lang, IReadOnlyList<AnalyzedToken> Tokens);
