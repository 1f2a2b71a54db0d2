namespace SearchEngine.Server.IndexHosting;

/// <summary>
/// Thrown when a write cannot be applied now: another process (a running <c>searchctl rebuild</c>, say) holds the
/// index's write lock, or the server is stopping. The inner exception may name the folder and the lock's holder
/// (pid, host): it is logged, and the client gets a fixed message (<see cref="Hosting.ProblemExceptionHandler"/>).
/// </summary>
internal sealed class IndexBusyException : Exception
{
    /// <summary>Initializes the exception with a message naming the holder.</summary>
    public IndexBusyException(string message, Exception inner)
        : base(message, inner)
    {
    }

    /// <summary>Initializes the exception with a message.</summary>
    public IndexBusyException(string message)
        : base(message)
    {
    }

    /// <summary>Initializes the exception with a default message.</summary>
    public IndexBusyException()
        : base("Another process is writing the index.")
    {
    }
}
