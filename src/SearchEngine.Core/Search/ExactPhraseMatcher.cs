namespace SearchEngine.Core.Search;

/// <summary>
/// Finds the exact occurrences of a phrase: document positions where every term sits at its query offset, i.e.
/// where all terms share one <see cref="PhrasePositions.Position"/>. Each occurrence weighs 1.
/// </summary>
/// <remarks>
/// The lead (the first query term) proposes a start; each other term advances to it; a term that overshoots
/// moves the start forward and the check restarts. Every term's positions are read once per document.
/// </remarks>
internal sealed class ExactPhraseMatcher : PhraseMatcher
{
    private readonly PhrasePositions[] terms;
    private bool exhausted;
    private bool started;

    /// <summary>Initializes a matcher over <paramref name="terms"/>, in query order.</summary>
    public ExactPhraseMatcher(PhrasePositions[] terms)
    {
        this.terms = terms;
    }

    /// <inheritdoc />
    public override float SloppyWeight => 1f;

    /// <inheritdoc />
    public override void Reset()
    {
        exhausted = false;
        started = false;
    }

    /// <inheritdoc />
    public override bool NextMatch()
    {
        if (exhausted)
        {
            return false;
        }

        PhrasePositions lead = terms[0];
        if (!started)
        {
            started = true;
            for (int i = 1; i < terms.Length; i++)
            {
                terms[i].First();
            }

            lead.First();
        }
        else if (!lead.Next())
        {
            return Exhaust();
        }

        int start = lead.Position;
        for (int i = 1; i < terms.Length; i++)
        {
            PhrasePositions term = terms[i];
            while (term.Position < start)
            {
                if (!term.Next())
                {
                    return Exhaust();
                }
            }

            if (term.Position > start)
            {
                // This term cannot be where the phrase would start: no occurrence starts before its position.
                start = term.Position;
                while (lead.Position < start)
                {
                    if (!lead.Next())
                    {
                        return Exhaust();
                    }
                }

                start = lead.Position;
                i = 0;
            }
        }

        return true;
    }

    private bool Exhaust()
    {
        exhausted = true;
        return false;
    }
}
