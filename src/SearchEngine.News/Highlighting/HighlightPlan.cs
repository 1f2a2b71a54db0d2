namespace SearchEngine.News.Highlighting;

/// <summary>
/// A query compiled for highlighting one field: the tree of match nodes, the slots that collect tokens while
/// the text is analysed (one per distinct term, one per prefix or range), and each leaf's weight.
/// </summary>
/// <remarks>Immutable once built; <see cref="PassageHighlighter"/> caches plans per query and field and shares them between threads.</remarks>
internal sealed class HighlightPlan
{
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> terms;

    /// <summary>Initializes a plan.</summary>
    /// <param name="root">The compiled query.</param>
    /// <param name="terms">The slot of each exact term.</param>
    /// <param name="predicates">The prefixes and ranges, each with its slot in <paramref name="predicateSlots"/>.</param>
    /// <param name="predicateSlots">The slot of each predicate.</param>
    /// <param name="slotCount">The number of slots.</param>
    /// <param name="leafWeights">The weight of each leaf (0 for leaves under MustNot, which are never marked).</param>
    /// <param name="canMark">Whether any leaf outside MustNot clauses belongs to the field.</param>
    public HighlightPlan(MatchNode root, Dictionary<string, int> terms, TermPredicate[] predicates, int[] predicateSlots, int slotCount, float[] leafWeights, bool canMark)
    {
        Root = root;
        this.terms = terms.GetAlternateLookup<ReadOnlySpan<char>>();
        Predicates = predicates;
        PredicateSlots = predicateSlots;
        SlotCount = slotCount;
        LeafWeights = leafWeights;
        CanMark = canMark;
    }

    /// <summary>Gets the compiled query.</summary>
    public MatchNode Root { get; }

    /// <summary>Gets the prefix and range predicates.</summary>
    public TermPredicate[] Predicates { get; }

    /// <summary>Gets the slot of each predicate.</summary>
    public int[] PredicateSlots { get; }

    /// <summary>Gets the number of slots.</summary>
    public int SlotCount { get; }

    /// <summary>Gets the weight of each leaf.</summary>
    public float[] LeafWeights { get; }

    /// <summary>Gets a value indicating whether the query can mark anything in the field; when not, the text need not be analysed.</summary>
    public bool CanMark { get; }

    /// <summary>Returns the slot of the exact term <paramref name="term"/>, or -1.</summary>
    public int ExactSlot(ReadOnlySpan<char> term) => terms.TryGetValue(term, out int slot) ? slot : -1;
}
