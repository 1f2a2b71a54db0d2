namespace SearchEngine.News.Articles;

/// <summary>Thrown in strict mode for the first malformed record, with the same "path:line: message" a lenient read reports.</summary>
public sealed class ArticleFormatException : Exception
{
    /// <summary>Initializes an exception with no error record (for serializers and tooling).</summary>
    public ArticleFormatException()
    {
    }

    /// <summary>Initializes an exception with a message and no error record.</summary>
    /// <param name="message">What was wrong.</param>
    public ArticleFormatException(string message)
        : base(message)
    {
    }

    /// <summary>Initializes an exception with a message, a cause and no error record.</summary>
    /// <param name="message">What was wrong.</param>
    /// <param name="innerException">The exception that caused this one.</param>
    public ArticleFormatException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Initializes an exception for a malformed record, its message being the error's "path:line: message".</summary>
    /// <param name="error">The malformed record.</param>
    public ArticleFormatException(ArticleError error)
        : base((error ?? throw new ArgumentNullException(nameof(error))).ToString())
    {
        Error = error;
    }

    /// <summary>Gets the malformed record, or null when the exception was built from a message alone.</summary>
    public ArticleError? Error { get; }
}
