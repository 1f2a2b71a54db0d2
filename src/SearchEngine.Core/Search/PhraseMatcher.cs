namespace SearchEngine.Core.Search;

/// <summary>
/// Finds the occurrences of a phrase in the document its terms' postings are positioned on; the scorer sums
/// <see cref="SloppyWeight"/> over them as the phrase frequency.
/// </summary>
/// <remarks>
/// <para>Protocol: the scorer's conjunction puts every term's postings on a document that contains all terms,
/// then calls <see cref="Reset"/> and <see cref="NextMatch"/> once; a first occurrence makes the document a
/// match. Only when the score is asked for are the remaining occurrences walked with further
/// <see cref="NextMatch"/> calls, so filters and counts stop at the first occurrence.</para>
/// <para>Matchers read positions straight from the postings through <see cref="PhrasePositions"/> and keep all
/// their state in fields, so a document costs no allocation.</para>
/// </remarks>
internal abstract class PhraseMatcher
{
    /// <summary>Prepares to walk the current document's positions from the start.</summary>
    public abstract void Reset();

    /// <summary>Moves to the next occurrence of the phrase in the current document; returns false when there is none.</summary>
    public abstract bool NextMatch();

    /// <summary>Gets what the current occurrence adds to the phrase frequency.</summary>
    public abstract float SloppyWeight { get; }
}
