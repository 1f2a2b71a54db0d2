using System.Collections.Frozen;

namespace SearchEngine.Analysis.Filters;

/// <summary>
/// Replaces terms found in a dictionary with their given stems and marks them as keywords, so the algorithmic
/// stemmer after it leaves them alone, as Lucene's StemmerOverrideFilter does.
/// </summary>
public sealed class StemmerOverrideFilter : TokenFilter
{
    private readonly FrozenDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> overrides;

    /// <summary>Initializes a filter that maps each term of <paramref name="overrides"/> to its value.</summary>
    public StemmerOverrideFilter(TokenStream input, FrozenDictionary<string, string> overrides)
        : base(input)
    {
        ArgumentNullException.ThrowIfNull(overrides);
        this.overrides = overrides.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <inheritdoc />
    public override bool IncrementToken()
    {
        if (!Input.IncrementToken())
        {
            return false;
        }

        if (!Attributes.IsKeyword && overrides.TryGetValue(Attributes.Term, out string? stem))
        {
            Attributes.SetTerm(stem);
            Attributes.IsKeyword = true;
        }

        return true;
    }
}
