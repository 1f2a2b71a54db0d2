namespace SearchEngine.News.Highlighting;

/// <summary>
/// A phrase of the highlighted field: it matches where its terms stand at their relative positions, exactly
/// (slop 0) or within the slop as <see cref="Querying.PhraseQuery"/> defines it, and marks only those occurrences.
/// </summary>
/// <remarks>
/// An exact occurrence is marked as one span from its first to its last word, stop-word gaps included. A sloppy
/// occurrence marks its words, joining those with no other token between them into one span.
/// The repeat groups (a term at several query positions) follow Lucene's sloppy phrase repeat groups.
/// </remarks>
internal sealed class PhraseMatchNode : MatchNode
{
    /// <summary>Initializes a phrase of terms collected into <paramref name="slots"/> at query positions <paramref name="offsets"/>.</summary>
    /// <param name="slots">The slot of each term, in query order; equal terms share a slot.</param>
    /// <param name="offsets">The query position of each term, the first at 0, non-decreasing.</param>
    /// <param name="slop">The largest edit distance a match may have; 0 for an exact phrase.</param>
    /// <param name="leaf">The leaf the phrase's matches are scored as.</param>
    public PhraseMatchNode(int[] slots, int[] offsets, int slop, int leaf)
    {
        Slots = slots;
        Offsets = offsets;
        Slop = slop;
        Leaf = leaf;
        RepeatGroup = new int[slots.Length];
        Groups = BuildRepeatGroups(slots, offsets, RepeatGroup);
    }

    /// <summary>Gets the slot of each term, in query order.</summary>
    public int[] Slots { get; }

    /// <summary>Gets the query position of each term.</summary>
    public int[] Offsets { get; }

    /// <summary>Gets the largest edit distance a match may have.</summary>
    public int Slop { get; }

    /// <summary>Gets the leaf the matches are scored as.</summary>
    public int Leaf { get; }

    /// <summary>Gets the repeat group of each term, or -1.</summary>
    public int[] RepeatGroup { get; }

    /// <summary>Gets the repeat groups: term indexes ordered by query position, then query order.</summary>
    public int[][] Groups { get; }

    /// <inheritdoc />
    public override MatchState Evaluate(HighlightContext context)
    {
        foreach (int slot in Slots)
        {
            if (context.Occurrences(slot).IsEmpty)
            {
                return MatchState.No;
            }
        }

        bool found = Slop == 0 ? ExactPhraseFinder.Find(context, this) : context.SloppyFinder.Find(context, this);
        return found ? MatchState.Yes : MatchState.No;
    }

    /// <summary>
    /// Groups equal terms at different query positions as Lucene does: in query order, a term not yet grouped
    /// collects every later ungrouped equal term at another position.
    /// </summary>
    private static int[][] BuildRepeatGroups(int[] slots, int[] offsets, int[] groupOf)
    {
        Array.Fill(groupOf, -1);
        var groups = new List<List<int>>();
        for (int i = 0; i < slots.Length; i++)
        {
            if (groupOf[i] >= 0)
            {
                continue;
            }

            for (int j = i + 1; j < slots.Length; j++)
            {
                if (groupOf[j] >= 0 || offsets[j] == offsets[i] || slots[j] != slots[i])
                {
                    continue;
                }

                if (groupOf[i] < 0)
                {
                    groupOf[i] = groups.Count;
                    groups.Add([i]);
                }

                groupOf[j] = groupOf[i];
                groups[groupOf[i]].Add(j);
            }
        }

        var result = new int[groups.Count][];
        for (int g = 0; g < result.Length; g++)
        {
            List<int> members = groups[g];
            members.Sort((a, b) => offsets[a] != offsets[b] ? offsets[a].CompareTo(offsets[b]) : a.CompareTo(b));
            result[g] = [.. members];
        }

        return result;
    }
}
