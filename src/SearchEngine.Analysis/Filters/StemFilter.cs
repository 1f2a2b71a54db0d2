using SearchEngine.Analysis.Stemming;

namespace SearchEngine.Analysis.Filters;

/// <summary>Stems each token that is not marked as a keyword, in place, with an <see cref="IStemmer"/>.</summary>
public sealed class StemFilter : TokenFilter
{
    private readonly IStemmer stemmer;

    /// <summary>Initializes a filter that stems the tokens of <paramref name="input"/> with <paramref name="stemmer"/>.</summary>
    public StemFilter(TokenStream input, IStemmer stemmer)
        : base(input)
    {
        ArgumentNullException.ThrowIfNull(stemmer);
        this.stemmer = stemmer;
    }

    /// <inheritdoc />
    public override bool IncrementToken()
    {
        if (!Input.IncrementToken())
        {
            return false;
        }

        if (!Attributes.IsKeyword)
        {
            int length = stemmer.Stem(Attributes.TermBuffer[..Attributes.TermLength]);
            Attributes.SetTermLength(length);
        }

        return true;
    }
}
