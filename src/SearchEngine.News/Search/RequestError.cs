namespace SearchEngine.News.Search;

/// <summary>One thing wrong with a search request: the parameter (as the HTTP API names it) and what is wrong.</summary>
/// <param name="Parameter">The parameter: <c>q</c>, <c>lang</c>, <c>person</c>, <c>organization</c>, <c>from</c>, <c>size</c>, <c>page</c>, <c>snippetCount</c> or <c>snippetLength</c>.</param>
/// <param name="Message">What is wrong, with the value and the accepted range.</param>
public readonly record struct RequestError(string Parameter, string Message);
