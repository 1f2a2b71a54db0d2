using System.Collections.Frozen;

namespace SearchEngine.Analysis.Filters;

/// <summary>
/// Removes tokens whose term is in a stop set, adding their position increments to the next kept token so
/// phrase positions still count the removed words, as Lucene's StopFilter does.
/// </summary>
public sealed class StopFilter : TokenFilter
{
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> stopWords;

    /// <summary>Initializes a filter that drops the terms of <paramref name="stopWords"/> (compared ordinally).</summary>
    public StopFilter(TokenStream input, FrozenSet<string> stopWords)
        : base(input)
    {
        ArgumentNullException.ThrowIfNull(stopWords);
        this.stopWords = stopWords.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <inheritdoc />
    public override bool IncrementToken()
    {
        int skippedPositions = 0;
        while (Input.IncrementToken())
        {
            if (!stopWords.Contains(Attributes.Term))
            {
                if (skippedPositions != 0)
                {
                    Attributes.PositionIncrement += skippedPositions;
                }

                return true;
            }

            skippedPositions += Attributes.PositionIncrement;
        }

        return false;
    }
}
