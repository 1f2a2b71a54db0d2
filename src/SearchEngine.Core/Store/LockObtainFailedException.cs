namespace SearchEngine.Core.Store;

/// <summary>Thrown when the index's write lock is held by another writer; the message names the holder.</summary>
internal sealed class LockObtainFailedException : IOException
{
    /// <summary>Initializes the exception with a message naming the lock and its holder.</summary>
    public LockObtainFailedException(string message)
        : base(message)
    {
    }

    /// <summary>Initializes the exception with a message and the underlying failure.</summary>
    public LockObtainFailedException(string message, Exception inner)
        : base(message, inner)
    {
    }

    /// <summary>Initializes the exception with a default message.</summary>
    public LockObtainFailedException()
        : base("The index is locked by another writer.")
    {
    }
}
