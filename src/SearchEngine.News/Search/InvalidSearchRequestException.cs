namespace SearchEngine.News.Search;

/// <summary>Thrown for a search request outside the limits; <see cref="Errors"/> names every bad parameter, the message all of them.</summary>
public sealed class InvalidSearchRequestException : ArgumentException
{
    /// <summary>Initializes the exception with the errors <see cref="NewsSearchRequestValidator"/> found.</summary>
    public InvalidSearchRequestException(IReadOnlyList<RequestError> errors)
        : base(string.Join(" ", (errors ?? throw new ArgumentNullException(nameof(errors))).Select(e => e.Message)), errors.Count > 0 ? errors[0].Parameter : null)
    {
        Errors = errors;
    }

    /// <summary>Initializes the exception with one message.</summary>
    public InvalidSearchRequestException(string message)
        : base(message)
    {
        Errors = [new RequestError(string.Empty, message)];
    }

    /// <summary>Initializes the exception with one message and its cause.</summary>
    public InvalidSearchRequestException(string message, Exception inner)
        : base(message, inner)
    {
        Errors = [new RequestError(string.Empty, message)];
    }

    /// <summary>Initializes the exception with a default message.</summary>
    public InvalidSearchRequestException()
        : this("The search request is not valid.")
    {
    }

    /// <summary>Gets every bad parameter with what is wrong with it.</summary>
    public IReadOnlyList<RequestError> Errors { get; }
}
