using System.Collections.Frozen;

namespace SearchEngine.Analysis.Filters;

/// <summary>Marks tokens whose term is in a set as keywords, so stemmers later in the chain leave them unchanged.</summary>
public sealed class KeywordMarkerFilter : TokenFilter
{
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> keywords;

    /// <summary>Initializes a filter that protects the terms of <paramref name="keywords"/> (compared ordinally) from stemming.</summary>
    public KeywordMarkerFilter(TokenStream input, FrozenSet<string> keywords)
        : base(input)
    {
        ArgumentNullException.ThrowIfNull(keywords);
        this.keywords = keywords.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <inheritdoc />
    public override bool IncrementToken()
    {
        if (!Input.IncrementToken())
        {
            return false;
        }

        if (keywords.Contains(Attributes.Term))
        {
            Attributes.IsKeyword = true;
        }

        return true;
    }
}
