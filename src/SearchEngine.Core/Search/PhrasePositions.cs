using SearchEngine.Core.Index;

namespace SearchEngine.Core.Search;

/// <summary>
/// One query term of a phrase in the current document: its postings, its query offset, and its current position
/// expressed as "document position minus query offset", so that all terms of an exact occurrence share one value.
/// </summary>
/// <remarks>Mutable state the matchers update in place, so walking positions allocates nothing.</remarks>
internal sealed class PhrasePositions
{
    private int remaining;

    /// <summary>Initializes the state of query term <paramref name="ordinal"/> at query position <paramref name="offset"/>.</summary>
    public PhrasePositions(PostingsEnum postings, int offset, int ordinal)
    {
        Postings = postings;
        Offset = offset;
        Ordinal = ordinal;
    }

    /// <summary>Gets the term's postings, positioned on the current document by the scorer.</summary>
    public PostingsEnum Postings { get; }

    /// <summary>Gets the term's position in the query.</summary>
    public int Offset { get; }

    /// <summary>Gets the term's index in the query (the final tie-break of the sloppy matcher's queue).</summary>
    public int Ordinal { get; }

    /// <summary>Gets the current document position minus <see cref="Offset"/>.</summary>
    public int Position { get; private set; }

    /// <summary>Gets the actual document position of the current occurrence.</summary>
    public int DocPosition => Position + Offset;

    /// <summary>Gets or sets the repeat group (terms occurring more than once in the query), or -1.</summary>
    public int RepeatGroup { get; set; } = -1;

    /// <summary>Gets or sets the index of this term within its repeat group (groups are ordered by offset).</summary>
    public int RepeatIndex { get; set; }

    /// <summary>Moves to the first occurrence in the current document (every matched document has one).</summary>
    public void First()
    {
        remaining = Postings.Freq;
        Next();
    }

    /// <summary>Moves to the next occurrence; returns false when the document has no more.</summary>
    public bool Next()
    {
        if (remaining <= 0)
        {
            return false;
        }

        remaining--;
        Position = Postings.NextPosition() - Offset;
        return true;
    }
}
