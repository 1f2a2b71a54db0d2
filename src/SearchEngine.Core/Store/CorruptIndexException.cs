namespace SearchEngine.Core.Store;

/// <summary>Thrown when an index file fails a checksum, a magic number, a version or a structural check.</summary>
internal sealed class CorruptIndexException : IOException
{
    /// <summary>Initializes the exception naming the file (or other resource) and what is wrong with it.</summary>
    public CorruptIndexException(string resource, string detail, Exception? inner = null)
        : base($"Corrupt index file '{resource}': {detail}", inner)
    {
        Resource = resource;
    }

    /// <summary>Initializes the exception with a message only.</summary>
    public CorruptIndexException()
        : this("(unknown)", "corrupt")
    {
    }

    /// <summary>Initializes the exception with a message only.</summary>
    public CorruptIndexException(string message)
        : this("(unknown)", message)
    {
    }

    /// <summary>Initializes the exception with a message and the exception that revealed the corruption.</summary>
    public CorruptIndexException(string message, Exception inner)
        : this("(unknown)", message, inner)
    {
    }

    /// <summary>Gets the name of the corrupt file.</summary>
    public string Resource { get; }
}
