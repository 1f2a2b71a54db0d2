namespace SearchEngine.Core.Search;

/// <summary>
/// Finds the sloppy occurrences of a phrase with Lucene's SloppyPhraseMatcher algorithm, so sloppy frequencies
/// (each occurrence weighs <c>1 / (matchLength + 1)</c>) agree with Lucene 8's.
/// </summary>
/// <remarks>
/// <para>Every term stands on one of its document positions, as "position minus query offset"; the match
/// length of such a placement is the largest of these minus the smallest. The walk keeps the terms in a queue
/// by that value: it takes the term furthest behind and advances it, remembering the shortest match length seen
/// while that term stays furthest behind; once it passes the next term, the window it led is complete and is
/// reported if its length is within slop. This visits every placement the classic "advance the minimum" sweep
/// visits, so a document matches exactly when some placement is within slop (for distinct terms).</para>
/// <para>Repeated terms (the same term at different query offsets) form a repeat group whose members must
/// stand on distinct document positions: at the start of a document the i-th member (by offset) skips i
/// occurrences, and when an advanced member lands on a position another member holds, the one further behind
/// moves on, after which the members that moved are taken out of the queue and put back in their new order.
/// Like Lucene, the position of the next term is not re-read after that, and a popped term of another group
/// with the same index within its group also counts as put back; both are kept so frequencies stay Lucene's.</para>
/// </remarks>
internal sealed class SloppyPhraseMatcher : PhraseMatcher
{
    private readonly PhrasePositions[] terms;
    private readonly int slop;
    private readonly PhraseQueue queue;
    private readonly PhrasePositions[][] groups;
    private readonly PhrasePositions[] stack;
    private readonly bool[] requeue;
    private int end;
    private int matchLength;
    private bool positioned;

    /// <summary>Initializes a matcher over <paramref name="terms"/>, in query order, allowing <paramref name="slop"/>.</summary>
    public SloppyPhraseMatcher(PhrasePositions[] terms, int slop, string[] texts)
    {
        this.terms = terms;
        this.slop = slop;
        queue = new PhraseQueue(terms.Length);
        groups = PhraseRepeatGroups.Build(terms, texts);
        stack = new PhrasePositions[terms.Length];
        int largest = 0;
        foreach (PhrasePositions[] group in groups)
        {
            largest = Math.Max(largest, group.Length);
        }

        requeue = new bool[largest];
    }

    /// <inheritdoc />
    public override float SloppyWeight => 1f / (1f + matchLength);

    /// <inheritdoc />
    public override void Reset()
    {
        end = int.MinValue;
        matchLength = int.MaxValue;
        positioned = Place();
    }

    /// <inheritdoc />
    public override bool NextMatch()
    {
        if (!positioned)
        {
            return false;
        }

        PhrasePositions term = queue.Pop();
        matchLength = end - term.Position;
        int next = queue.Top.Position;
        while (Advance(term))
        {
            if (groups.Length > 0 && !AdvanceRepeats(term))
            {
                break;
            }

            if (term.Position > next)
            {
                // The window this term led cannot get shorter: report it, then follow the new last term.
                queue.Add(term);
                if (matchLength <= slop)
                {
                    return true;
                }

                term = queue.Pop();
                next = queue.Top.Position;
                matchLength = end - term.Position;
            }
            else
            {
                matchLength = Math.Min(matchLength, end - term.Position);
            }
        }

        positioned = false;
        return matchLength <= slop;
    }

    /// <summary>Puts every term on its first usable position and fills the queue; false when a repeat group runs out.</summary>
    private bool Place()
    {
        foreach (PhrasePositions term in terms)
        {
            term.First();
        }

        // The i-th member of a repeat group starts on the i-th occurrence, so members start on distinct positions.
        foreach (PhrasePositions[] group in groups)
        {
            for (int j = 1; j < group.Length; j++)
            {
                for (int k = 0; k < j; k++)
                {
                    if (!group[j].Next())
                    {
                        return false;
                    }
                }
            }
        }

        queue.Clear();
        foreach (PhrasePositions term in terms)
        {
            end = Math.Max(end, term.Position);
            queue.Add(term);
        }

        return true;
    }

    private bool Advance(PhrasePositions term)
    {
        if (!term.Next())
        {
            return false;
        }

        end = Math.Max(end, term.Position);
        return true;
    }

    /// <summary>Moves members of <paramref name="term"/>'s repeat group off each other's positions and re-queues those that moved.</summary>
    private bool AdvanceRepeats(PhrasePositions term)
    {
        if (term.RepeatGroup < 0)
        {
            return true;
        }

        PhrasePositions[] group = groups[term.RepeatGroup];
        Array.Clear(requeue, 0, group.Length);
        int marked = 0;
        int first = term.RepeatIndex;
        for (int k = Collide(group, term); k >= 0; k = Collide(group, term))
        {
            // The one further behind moves on; the popped term is outside the queue, the others must be re-queued.
            term = Lesser(term, group[k]);
            if (!Advance(term))
            {
                return false;
            }

            if (k != first && !requeue[k])
            {
                requeue[k] = true;
                marked++;
            }
        }

        int n = 0;
        while (marked > 0)
        {
            PhrasePositions popped = queue.Pop();
            stack[n++] = popped;
            if (popped.RepeatGroup >= 0 && popped.RepeatIndex < group.Length && requeue[popped.RepeatIndex])
            {
                requeue[popped.RepeatIndex] = false;
                marked--;
            }
        }

        for (int i = n - 1; i >= 0; i--)
        {
            queue.Add(stack[i]);
        }

        return true;
    }

    /// <summary>Returns the group index of a member standing on the same document position as <paramref name="term"/>, or -1.</summary>
    private static int Collide(PhrasePositions[] group, PhrasePositions term)
    {
        int position = term.DocPosition;
        foreach (PhrasePositions other in group)
        {
            if (other != term && other.DocPosition == position)
            {
                return other.RepeatIndex;
            }
        }

        return -1;
    }

    private static PhrasePositions Lesser(PhrasePositions a, PhrasePositions b) =>
        a.Position < b.Position || (a.Position == b.Position && a.Offset < b.Offset) ? a : b;
}
