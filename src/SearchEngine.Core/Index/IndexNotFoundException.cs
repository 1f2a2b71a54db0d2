namespace SearchEngine.Core.Index;

/// <summary>Thrown when a directory holds no commit point: no index has been created there yet.</summary>
internal sealed class IndexNotFoundException : IOException
{
    /// <summary>Initializes the exception with a message naming the directory.</summary>
    public IndexNotFoundException(string message)
        : base(message)
    {
    }

    /// <summary>Initializes the exception with a message and the underlying failure.</summary>
    public IndexNotFoundException(string message, Exception inner)
        : base(message, inner)
    {
    }

    /// <summary>Initializes the exception with a default message.</summary>
    public IndexNotFoundException()
        : base("No index found.")
    {
    }
}
