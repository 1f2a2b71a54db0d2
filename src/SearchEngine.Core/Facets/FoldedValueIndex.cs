using System.Runtime.CompilerServices;
using SearchEngine.Core.Index;

namespace SearchEngine.Core.Facets;

/// <summary>
/// The values of one segment's sorted-set field, folded (<see cref="FacetFolding"/>) and indexed by every word
/// start, so a folded prefix finds the values with a word beginning with it by binary search.
/// </summary>
/// <remarks>
/// Matching at word starts makes <c>schl</c> find <c>Poul Schlüter</c> as well as <c>poul schl</c> finding it
/// from the first word. Folding every value costs time and allocations, so the index is built once per segment
/// and field, on first use, and kept as long as the segment's doc values are alive (a weak table keyed by them:
/// segments are immutable, and a merged-away segment's entry goes with it).
/// </remarks>
internal sealed class FoldedValueIndex
{
    private static readonly ConditionalWeakTable<SortedSetDocValues, FoldedValueIndex> Cache = [];

    private readonly string[] folded;
    private readonly Key[] keys;

    private FoldedValueIndex(SortedSetDocValues values)
    {
        int count = checked((int)values.ValueCount);
        folded = new string[count];
        var starts = new List<Key>(count * 2);
        for (int ordinal = 0; ordinal < count; ordinal++)
        {
            string text = FacetFolding.Fold(values.LookupOrdinal(ordinal));
            folded[ordinal] = text;
            for (int i = 0; i < text.Length; i++)
            {
                // The whole value, and each letter or digit that follows something else (a space, a hyphen).
                if (i == 0 || (char.IsLetterOrDigit(text[i]) && !char.IsLetterOrDigit(text[i - 1])))
                {
                    starts.Add(new Key(ordinal, i));
                }
            }
        }

        keys = [.. starts];
        Array.Sort(keys, (a, b) => Suffix(a).SequenceCompareTo(Suffix(b)));
    }

    /// <summary>Returns the index of <paramref name="values"/>, building it on first use.</summary>
    public static FoldedValueIndex For(SortedSetDocValues values) => Cache.GetValue(values, static v => new FoldedValueIndex(v));

    /// <summary>
    /// Sets <c>marks[ordinal]</c> for every value with a word starting with <paramref name="foldedPrefix"/> (every
    /// value when it is empty) and returns how many values it marked.
    /// </summary>
    public int Mark(string foldedPrefix, bool[] marks)
    {
        if (foldedPrefix.Length == 0)
        {
            Array.Fill(marks, true, 0, folded.Length);
            return folded.Length;
        }

        // Keys sharing a prefix are adjacent in sorted order: find the first not below it, walk while they match.
        int low = 0;
        int high = keys.Length;
        while (low < high)
        {
            int middle = (low + high) >>> 1;
            if (Suffix(keys[middle]).SequenceCompareTo(foldedPrefix) < 0)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        int marked = 0;
        for (int i = low; i < keys.Length && Suffix(keys[i]).StartsWith(foldedPrefix, StringComparison.Ordinal); i++)
        {
            int ordinal = keys[i].Ordinal;
            if (!marks[ordinal])
            {
                marks[ordinal] = true;
                marked++;
            }
        }

        return marked;
    }

    private ReadOnlySpan<char> Suffix(Key key) => folded[key.Ordinal].AsSpan(key.Start);

    /// <summary>A word start: the value's ordinal and the position in its folded text.</summary>
    private readonly record struct Key(int Ordinal, int Start);
}
