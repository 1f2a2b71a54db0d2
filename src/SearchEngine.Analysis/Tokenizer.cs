namespace SearchEngine.Analysis;

/// <summary>A token stream whose source is text: the first stage of every analysis chain.</summary>
public abstract class Tokenizer : TokenStream
{
    /// <summary>Gets the text being tokenized.</summary>
    protected ReadOnlyMemory<char> Input { get; private set; }

    /// <summary>Sets the text to tokenize next; call <see cref="TokenStream.Reset"/> on the chain before reading.</summary>
    public void SetInput(ReadOnlyMemory<char> text) => Input = text;
}
