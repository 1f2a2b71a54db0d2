namespace SearchEngine.Analysis;

/// <summary>
/// A stream of tokens: call <see cref="IncrementToken"/> until it returns false, reading
/// <see cref="Attributes"/> after each successful call.
/// </summary>
public abstract class TokenStream : IDisposable
{
    /// <summary>Initializes a new stream that owns a fresh attribute instance.</summary>
    protected TokenStream()
        : this(new TokenAttributes())
    {
    }

    /// <summary>Initializes a new stream sharing the attribute instance of the stream it wraps.</summary>
    protected TokenStream(TokenAttributes attributes)
    {
        ArgumentNullException.ThrowIfNull(attributes);
        Attributes = attributes;
    }

    /// <summary>Gets the state of the current token, updated in place by each call to <see cref="IncrementToken"/>.</summary>
    public TokenAttributes Attributes { get; }

    /// <summary>Advances to the next token; returns false at the end of the stream.</summary>
    public abstract bool IncrementToken();

    /// <summary>Prepares the stream to produce tokens from the start of its (new) input.</summary>
    public virtual void Reset()
    {
    }

    /// <summary>Releases resources held by the stream.</summary>
    public void Dispose()
    {
        Dispose(disposing: true);
        GC.SuppressFinalize(this);
    }

    /// <summary>Releases resources held by the stream.</summary>
    protected virtual void Dispose(bool disposing)
    {
    }
}
