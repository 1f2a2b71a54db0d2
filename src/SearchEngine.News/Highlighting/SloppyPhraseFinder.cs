namespace SearchEngine.News.Highlighting;

/// <summary>
/// Finds the sloppy occurrences of a phrase in the analysed text with the walk of Lucene's SloppyPhraseMatcher
/// (as Lucene's sloppy phrase scorer does), recording which occurrence of each term forms each match.
/// </summary>
/// <remarks>
/// <para>A term's value is its document position minus its query position; the walk repeatedly takes the term
/// furthest behind and advances it, and reports a window once it is as short as it gets. As Lucene's highlighting
/// does, the occurrence the leading term stood on is captured before it moves on, so a reported match is that
/// occurrence plus the others' current ones: each match marks the words that form it, not every occurrence.</para>
/// <para>The terms are few, so the queue is a scan for the smallest (value, query position, query order): the
/// same term Lucene's heap pops, without the heap's re-queueing shortcut for repeated terms. One instance per
/// thread; its arrays grow to the largest phrase and text seen, so a match costs no allocation.</para>
/// </remarks>
internal sealed class SloppyPhraseFinder
{
    private int[] bases = new int[8];
    private int[] counts = new int[8];
    private int[] cursors = new int[8];
    private bool[] queued = new bool[8];
    private int[] matchTokens = new int[8];
    private int[] flatPositions = new int[64];
    private int[] flatTokens = new int[64];
    private PhraseMatchNode phrase = null!;
    private int termCount;
    private int end;
    private int matchLength;
    private int leadTerm;
    private int leadCursor;
    private bool positioned;

    /// <summary>Adds the spans of each sloppy occurrence of <paramref name="phrase"/>; returns whether there was one.</summary>
    public bool Find(HighlightContext context, PhraseMatchNode phrase)
    {
        Load(context, phrase);
        bool found = false;
        end = int.MinValue;
        matchLength = int.MaxValue;
        positioned = Place();
        while (NextMatch())
        {
            Report(context);
            found = true;
        }

        this.phrase = null!;
        return found;
    }

    /// <summary>Copies each term's positions and tokens into flat arrays, so the walk indexes them directly.</summary>
    private void Load(HighlightContext context, PhraseMatchNode phrase)
    {
        this.phrase = phrase;
        termCount = phrase.Slots.Length;
        if (bases.Length < termCount)
        {
            int size = Math.Max(termCount, bases.Length * 2);
            bases = new int[size];
            counts = new int[size];
            cursors = new int[size];
            queued = new bool[size];
            matchTokens = new int[size];
        }

        int total = 0;
        for (int t = 0; t < termCount; t++)
        {
            total += context.Occurrences(phrase.Slots[t]).Length;
        }

        if (flatPositions.Length < total)
        {
            flatPositions = new int[Math.Max(total, flatPositions.Length * 2)];
            flatTokens = new int[flatPositions.Length];
        }

        int next = 0;
        for (int t = 0; t < termCount; t++)
        {
            ReadOnlySpan<int> tokens = context.Occurrences(phrase.Slots[t]);
            bases[t] = next;
            counts[t] = tokens.Length;
            foreach (int token in tokens)
            {
                flatTokens[next] = token;
                flatPositions[next++] = context.TokenPositions[token];
            }
        }
    }

    private bool NextMatch()
    {
        if (!positioned)
        {
            return false;
        }

        int term = PopMin();
        Capture(term);
        matchLength = end - Value(term);
        int next = Value(Min());
        while (Advance(term))
        {
            if (phrase.Groups.Length > 0 && !AdvanceRepeats(term))
            {
                break;
            }

            if (Value(term) > next)
            {
                // The window this term led cannot get shorter: report it, then follow the new last term.
                queued[term] = true;
                if (matchLength <= phrase.Slop)
                {
                    return true;
                }

                term = PopMin();
                next = Value(Min());
                matchLength = end - Value(term);
            }
            else
            {
                matchLength = Math.Min(matchLength, end - Value(term));
            }

            Capture(term);
        }

        positioned = false;
        return matchLength <= phrase.Slop;
    }

    /// <summary>Puts every term on its first usable occurrence; false when a repeat group runs out.</summary>
    private bool Place()
    {
        for (int t = 0; t < termCount; t++)
        {
            cursors[t] = 0;
            queued[t] = true;
        }

        // The i-th member of a repeat group starts on the i-th occurrence, so members start on distinct positions.
        foreach (int[] group in phrase.Groups)
        {
            for (int j = 1; j < group.Length; j++)
            {
                cursors[group[j]] = j;
                if (j >= counts[group[j]])
                {
                    return false;
                }
            }
        }

        for (int t = 0; t < termCount; t++)
        {
            end = Math.Max(end, Value(t));
        }

        return true;
    }

    /// <summary>Moves members of <paramref name="term"/>'s repeat group off each other's positions.</summary>
    private bool AdvanceRepeats(int term)
    {
        int group = phrase.RepeatGroup[term];
        if (group < 0)
        {
            return true;
        }

        int[] members = phrase.Groups[group];
        for (int other = Collide(members, term); other >= 0; other = Collide(members, term))
        {
            // The one further behind moves on.
            term = Value(term) < Value(other) || (Value(term) == Value(other) && phrase.Offsets[term] < phrase.Offsets[other]) ? term : other;
            if (!Advance(term))
            {
                return false;
            }
        }

        return true;
    }

    private int Collide(int[] members, int term)
    {
        int position = flatPositions[bases[term] + cursors[term]];
        foreach (int other in members)
        {
            if (other != term && flatPositions[bases[other] + cursors[other]] == position)
            {
                return other;
            }
        }

        return -1;
    }

    private bool Advance(int term)
    {
        if (cursors[term] + 1 >= counts[term])
        {
            return false;
        }

        cursors[term]++;
        end = Math.Max(end, Value(term));
        return true;
    }

    private void Capture(int term)
    {
        leadTerm = term;
        leadCursor = cursors[term];
    }

    private int Value(int term) => flatPositions[bases[term] + cursors[term]] - phrase.Offsets[term];

    private int Min()
    {
        int best = -1;
        for (int t = 0; t < termCount; t++)
        {
            if (queued[t] && (best < 0 || Less(t, best)))
            {
                best = t;
            }
        }

        return best;
    }

    private int PopMin()
    {
        int best = Min();
        queued[best] = false;
        return best;
    }

    private bool Less(int a, int b)
    {
        int va = Value(a);
        int vb = Value(b);
        if (va != vb)
        {
            return va < vb;
        }

        int[] offsets = phrase.Offsets;
        return offsets[a] != offsets[b] ? offsets[a] < offsets[b] : a < b;
    }

    /// <summary>Marks the tokens of the current match, joining runs with no other token between them.</summary>
    private void Report(HighlightContext context)
    {
        for (int t = 0; t < termCount; t++)
        {
            int token = flatTokens[bases[t] + (t == leadTerm ? leadCursor : cursors[t])];

            // Insertion sort by token: phrases are short.
            int i = t;
            for (; i > 0 && matchTokens[i - 1] > token; i--)
            {
                matchTokens[i] = matchTokens[i - 1];
            }

            matchTokens[i] = token;
        }

        int[] ordinals = context.TokenOrdinals;
        int[] starts = context.TokenStarts;
        int[] ends = context.TokenEnds;
        int runStart = matchTokens[0];
        int runEnd = ends[runStart];
        bool counted = true;
        for (int i = 1; i <= termCount; i++)
        {
            int token = i < termCount ? matchTokens[i] : -1;
            int previous = matchTokens[i - 1];
            if (token >= 0 && ordinals[token] <= ordinals[previous] + 1)
            {
                runEnd = Math.Max(runEnd, ends[token]);
                continue;
            }

            context.Spans.Add(starts[runStart], runEnd, phrase.Leaf, counted);
            counted = false;
            if (token >= 0)
            {
                runStart = token;
                runEnd = ends[token];
            }
        }
    }
}
