namespace SearchEngine.News.QueryParsing;

/// <summary>Why a query could not be parsed, and where.</summary>
/// <param name="Position">The 0-based UTF-16 index in the query where the problem is (the query's length for its end).</param>
/// <param name="Length">The number of characters at <paramref name="Position"/> that are at fault (0 for a missing part).</param>
/// <param name="Message">A sentence naming what was found and what was expected, including the position.</param>
public sealed record QueryParseError(int Position, int Length, string Message);
