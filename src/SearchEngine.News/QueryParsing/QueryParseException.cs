namespace SearchEngine.News.QueryParsing;

/// <summary>
/// Thrown by <see cref="QueryParser.Parse"/> when a query breaks the syntax or a limit; the only exception user input
/// can cause. <see cref="Position"/> and <see cref="Length"/> point into the query so a user interface can mark the
/// spot.
/// </summary>
public sealed class QueryParseException : Exception
{
    /// <summary>Initializes the exception from a parse error.</summary>
    public QueryParseException(QueryParseError error)
        : base((error ?? throw new ArgumentNullException(nameof(error))).Message)
    {
        Position = error.Position;
        Length = error.Length;
    }

    /// <summary>Initializes the exception with no position.</summary>
    public QueryParseException()
        : this("the query could not be parsed")
    {
    }

    /// <summary>Initializes the exception with a message and no position.</summary>
    public QueryParseException(string message)
        : base(message)
    {
    }

    /// <summary>Initializes the exception with a message, no position and the exception that caused it.</summary>
    public QueryParseException(string message, Exception inner)
        : base(message, inner)
    {
    }

    /// <summary>Gets the 0-based UTF-16 index in the query where the problem is.</summary>
    public int Position { get; }

    /// <summary>Gets the number of characters at <see cref="Position"/> that are at fault (0 for a missing part).</summary>
    public int Length { get; }

    /// <summary>Gets the error as a value, as <see cref="QueryParser.TryParse"/> reports it.</summary>
    public QueryParseError Error => new(Position, Length, Message);
}
