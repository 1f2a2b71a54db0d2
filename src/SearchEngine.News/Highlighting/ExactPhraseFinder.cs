namespace SearchEngine.News.Highlighting;

/// <summary>
/// Finds the exact occurrences of a phrase in the analysed text: starts where every term stands at the start
/// plus its query position, as the native engine's exact phrase matcher defines them.
/// </summary>
/// <remarks>
/// Every occurrence of the first term proposes a start; each other term's cursor only moves forward, so every
/// term's occurrences are read once. Each occurrence becomes one span from its first to its last word, so the
/// stop words of "ud med den gamle mand" are marked with it.
/// </remarks>
internal static class ExactPhraseFinder
{
    /// <summary>Adds a span for each exact occurrence of <paramref name="phrase"/>; returns whether there was one.</summary>
    public static bool Find(HighlightContext context, PhraseMatchNode phrase)
    {
        int[] slots = phrase.Slots;
        int[] offsets = phrase.Offsets;
        int[] positions = context.TokenPositions;
        int[] starts = context.TokenStarts;
        int[] ends = context.TokenEnds;
        Span<int> cursors = context.Cursors(slots.Length);
        ReadOnlySpan<int> lead = context.Occurrences(slots[0]);
        bool found = false;
        foreach (int leadToken in lead)
        {
            int start = positions[leadToken] - offsets[0];
            int first = starts[leadToken];
            int last = ends[leadToken];
            bool complete = true;
            for (int i = 1; i < slots.Length && complete; i++)
            {
                ReadOnlySpan<int> tokens = context.Occurrences(slots[i]);
                int target = start + offsets[i];
                int cursor = cursors[i];
                while (cursor < tokens.Length && positions[tokens[cursor]] < target)
                {
                    cursor++;
                }

                cursors[i] = cursor;
                if (cursor == tokens.Length)
                {
                    // Starts only grow, so this term can no longer stand where a later start needs it.
                    return found;
                }

                int token = tokens[cursor];
                complete = positions[token] == target;
                first = Math.Min(first, starts[token]);
                last = Math.Max(last, ends[token]);
            }

            if (complete)
            {
                context.Spans.Add(first, last, phrase.Leaf, counted: true);
                found = true;
            }
        }

        return found;
    }
}
