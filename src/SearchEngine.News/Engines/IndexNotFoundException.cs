namespace SearchEngine.News.Engines;

/// <summary>Thrown when a folder holds no commit to open; the message names the folder and how to build one.</summary>
public sealed class IndexNotFoundException : IOException
{
    /// <summary>Initializes the exception with a message naming the folder.</summary>
    public IndexNotFoundException(string message)
        : base(message)
    {
    }

    /// <summary>Initializes the exception with a message and its cause.</summary>
    public IndexNotFoundException(string message, Exception inner)
        : base(message, inner)
    {
    }

    /// <summary>Initializes the exception with a default message.</summary>
    public IndexNotFoundException()
        : base("The folder holds no index.")
    {
    }
}
