namespace SearchEngine.Analysis;

/// <summary>A token stream that rewrites or removes the tokens of another stream.</summary>
public abstract class TokenFilter : TokenStream
{
    /// <summary>Initializes a filter over <paramref name="input"/>, sharing its attributes.</summary>
    protected TokenFilter(TokenStream input)
        : base(input?.Attributes ?? throw new ArgumentNullException(nameof(input)))
    {
        Input = input;
    }

    /// <summary>Gets the stream this filter reads from.</summary>
    protected TokenStream Input { get; }

    /// <inheritdoc />
    public override void Reset() => Input.Reset();

    /// <inheritdoc />
    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            Input.Dispose();
        }

        base.Dispose(disposing);
    }
}
