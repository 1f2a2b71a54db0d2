namespace SearchEngine.Core.Search;

/// <summary>
/// Groups the terms of a sloppy phrase that repeat a term at different query offsets, as Lucene's sloppy
/// matcher does, so the matcher can keep the members of a group on distinct document positions.
/// </summary>
/// <remarks>
/// Lucene forms the groups from the terms' positions in the first document, which amounts to grouping equal
/// terms: going through the terms in query order, a term not yet grouped collects every later, ungrouped,
/// equal term at a different offset. A copy at the same offset as the term that opened the group stays out of
/// it (it may share positions with that term: both want the same place). Each group is sorted by offset
/// (stably), which is the order in which its members skip occurrences at the start of a document.
/// </remarks>
internal static class PhraseRepeatGroups
{
    /// <summary>Assigns <see cref="PhrasePositions.RepeatGroup"/> and <see cref="PhrasePositions.RepeatIndex"/> and returns the groups.</summary>
    /// <param name="terms">The phrase's terms, in query order.</param>
    /// <param name="texts">Their texts, in the same order.</param>
    public static PhrasePositions[][] Build(PhrasePositions[] terms, string[] texts)
    {
        var groups = new List<List<PhrasePositions>>();
        for (int i = 0; i < terms.Length; i++)
        {
            PhrasePositions term = terms[i];
            if (term.RepeatGroup >= 0)
            {
                continue;
            }

            for (int j = i + 1; j < terms.Length; j++)
            {
                PhrasePositions other = terms[j];
                if (other.RepeatGroup >= 0 || other.Offset == term.Offset || !string.Equals(texts[j], texts[i], StringComparison.Ordinal))
                {
                    continue;
                }

                if (term.RepeatGroup < 0)
                {
                    term.RepeatGroup = groups.Count;
                    groups.Add([term]);
                }

                other.RepeatGroup = term.RepeatGroup;
                groups[term.RepeatGroup].Add(other);
            }
        }

        var result = new PhrasePositions[groups.Count][];
        for (int g = 0; g < result.Length; g++)
        {
            // List.Sort is not stable; members joined in query order, so sort by (offset, ordinal).
            List<PhrasePositions> members = groups[g];
            members.Sort(static (a, b) => a.Offset != b.Offset ? a.Offset.CompareTo(b.Offset) : a.Ordinal.CompareTo(b.Ordinal));
            for (int k = 0; k < members.Count; k++)
            {
                members[k].RepeatIndex = k;
            }

            result[g] = [.. members];
        }

        return result;
    }
}
