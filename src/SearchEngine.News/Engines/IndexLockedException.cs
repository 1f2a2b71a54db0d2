namespace SearchEngine.News.Engines;

/// <summary>Thrown when another writer (another process, or another open index in this one) holds an index folder's write lock.</summary>
public sealed class IndexLockedException : IOException
{
    /// <summary>Initializes the exception with a message naming the folder and the holder where known.</summary>
    public IndexLockedException(string message)
        : base(message)
    {
    }

    /// <summary>Initializes the exception with a message and its cause.</summary>
    public IndexLockedException(string message, Exception inner)
        : base(message, inner)
    {
    }

    /// <summary>Initializes the exception with a default message.</summary>
    public IndexLockedException()
        : base("Another writer holds the index's write lock.")
    {
    }
}
