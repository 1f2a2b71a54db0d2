namespace SearchEngine.Analysis;

/// <summary>
/// Turns text into a token stream through a fixed chain of a tokenizer and filters, reusing one chain per thread.
/// </summary>
/// <remarks>
/// Analyzers are thread-safe. The stream returned by <see cref="GetTokenStream(ReadOnlyMemory{char})"/> belongs to the calling thread
/// and stays valid until that thread asks the same analyzer for another stream; it must not be shared.
/// </remarks>
public abstract class Analyzer : IDisposable
{
    private readonly ThreadLocal<TokenStreamComponents> components;

    /// <summary>Initializes the analyzer's per-thread chain cache.</summary>
    protected Analyzer()
    {
        components = new ThreadLocal<TokenStreamComponents>(CreateComponents);
    }

    /// <summary>Returns this thread's token stream over <paramref name="text"/>, reset and ready to read.</summary>
    public TokenStream GetTokenStream(ReadOnlyMemory<char> text)
    {
        ObjectDisposedException.ThrowIf(disposed, this);
        TokenStreamComponents chain = components.Value!;
        chain.Source.SetInput(text);
        chain.Sink.Reset();
        return chain.Sink;
    }

    /// <summary>Returns this thread's token stream over <paramref name="text"/>, reset and ready to read.</summary>
    public TokenStream GetTokenStream(string text) => GetTokenStream(text.AsMemory());

    /// <summary>Builds a new chain; called once per thread that uses the analyzer.</summary>
    protected abstract TokenStreamComponents CreateComponents();

    /// <summary>Releases the per-thread chains.</summary>
    public void Dispose()
    {
        Dispose(disposing: true);
        GC.SuppressFinalize(this);
    }

    /// <summary>Releases the per-thread chains.</summary>
    protected virtual void Dispose(bool disposing)
    {
        if (disposing && !disposed)
        {
            components.Dispose();
        }

        disposed = true;
    }

    private bool disposed;
}
