namespace SearchEngine.Core.Store;

/// <summary>
/// Thrown when a writer finds its write lock is no longer its own (the lock file was deleted or another writer
/// took it over); the writer then publishes no commit and deletes no file. The message names the lock file.
/// </summary>
internal sealed class LockLostException : IOException
{
    /// <summary>Initializes the exception with a message naming the lock file and what happened to it.</summary>
    public LockLostException(string message)
        : base(message)
    {
    }

    /// <summary>Initializes the exception with a message and the failure that revealed the loss.</summary>
    public LockLostException(string message, Exception inner)
        : base(message, inner)
    {
    }

    /// <summary>Initializes the exception with a default message.</summary>
    public LockLostException()
        : base("The index's write lock is no longer held by this writer.")
    {
    }
}
