using SearchEngine.News.Querying;

namespace SearchEngine.News.Highlighting;

/// <summary>
/// Compiles a query into a <see cref="HighlightPlan"/> for one field: clauses of that field become term,
/// phrase and boolean nodes; clauses that the field's text cannot decide (other fields, match-all, numeric
/// ranges, query types it does not know) become <see cref="MatchNode.Unknown"/>.
/// </summary>
/// <remarks>
/// Boosts multiply into the weights of the leaves below them; a phrase weighs the sum of its terms' weights, as
/// its idf is the sum of theirs; prefixes and ranges weigh their boost alone, as their constant score does.
/// </remarks>
internal sealed class HighlightPlanBuilder
{
    private readonly string field;
    private readonly Func<string, string, float> termWeight;
    private readonly Dictionary<string, int> terms = new(StringComparer.Ordinal);
    private readonly List<TermPredicate> predicates = [];
    private readonly List<int> predicateSlots = [];
    private readonly List<float> leafWeights = [];
    private int slotCount;
    private bool canMark;

    private HighlightPlanBuilder(string field, Func<string, string, float> termWeight)
    {
        this.field = field;
        this.termWeight = termWeight;
    }

    /// <summary>Compiles <paramref name="query"/> for <paramref name="field"/>, weighing terms with <paramref name="termWeight"/>.</summary>
    public static HighlightPlan Build(Query query, string field, Func<string, string, float> termWeight)
    {
        var builder = new HighlightPlanBuilder(field, termWeight);
        MatchNode root = builder.Compile(query, 1f, negated: false);
        return new HighlightPlan(root, builder.terms, [.. builder.predicates], [.. builder.predicateSlots], builder.slotCount, [.. builder.leafWeights], builder.canMark);
    }

    private MatchNode Compile(Query query, float boost, bool negated) => query switch
    {
        BooleanQuery boolean => CompileBoolean(boolean, boost, negated),
        BoostQuery boosted => Compile(boosted.Inner, boost * boosted.Boost, negated),
        TermQuery term when term.Field == field => new TermMatchNode(TermSlot(term.Text), Leaf(boost * Weight(term.Text, negated), negated)),
        PhraseQuery phrase when phrase.Field == field => CompilePhrase(phrase, boost, negated),
        PrefixQuery prefix when prefix.Field == field => CompileMultiTerm(TermPredicate.Prefix(prefix.Prefix), boost, negated),
        TermRangeQuery range when range.Field == field => CompileMultiTerm(TermPredicate.Range(range.Lower, range.Upper, range.IncludeLower, range.IncludeUpper), boost, negated),
        _ => MatchNode.Unknown,
    };

    private BooleanMatchNode CompileBoolean(BooleanQuery query, float boost, bool negated)
    {
        var required = new List<MatchNode>();
        var optional = new List<MatchNode>();
        var prohibited = new List<MatchNode>();
        foreach (BooleanClause clause in query.Clauses)
        {
            switch (clause.Occur)
            {
                case Occur.MustNot:
                    // Decides whether the document matches, but is never marked: a NOT under a NOT stays unmarked too.
                    prohibited.Add(Compile(clause.Query, 0f, negated: true));
                    break;
                case Occur.Should:
                    optional.Add(Compile(clause.Query, boost, negated));
                    break;
                default:
                    required.Add(Compile(clause.Query, boost, negated));
                    break;
            }
        }

        return new BooleanMatchNode([.. required], [.. optional], [.. prohibited], query.MinimumShouldMatch);
    }

    private MatchNode CompilePhrase(PhraseQuery phrase, float boost, bool negated)
    {
        IReadOnlyList<PhraseTerm> phraseTerms = phrase.Terms;
        if (phraseTerms.Count == 0)
        {
            return MatchNode.Never;
        }

        if (phraseTerms.Count == 1)
        {
            // As the query rewrites itself: a phrase of one term is that term.
            return new TermMatchNode(TermSlot(phraseTerms[0].Text), Leaf(boost * Weight(phraseTerms[0].Text, negated), negated));
        }

        int[] slots = new int[phraseTerms.Count];
        int[] offsets = new int[phraseTerms.Count];
        float weight = 0f;
        for (int i = 0; i < slots.Length; i++)
        {
            slots[i] = TermSlot(phraseTerms[i].Text);
            offsets[i] = phraseTerms[i].Position;
            weight += Weight(phraseTerms[i].Text, negated);
        }

        return new PhraseMatchNode(slots, offsets, phrase.Slop, Leaf(boost * weight, negated));
    }

    private TermMatchNode CompileMultiTerm(TermPredicate predicate, float boost, bool negated)
    {
        int slot = slotCount++;
        predicates.Add(predicate);
        predicateSlots.Add(slot);
        return new TermMatchNode(slot, Leaf(boost, negated));
    }

    private int TermSlot(string text)
    {
        if (!terms.TryGetValue(text, out int slot))
        {
            slot = slotCount++;
            terms.Add(text, slot);
        }

        return slot;
    }

    private int Leaf(float weight, bool negated)
    {
        canMark |= !negated;
        leafWeights.Add(negated ? 0f : weight);
        return leafWeights.Count - 1;
    }

    /// <summary>Returns the term's weight; excluded terms are never scored, so their weight is not asked for.</summary>
    private float Weight(string text, bool negated)
    {
        if (negated)
        {
            return 0f;
        }

        float weight = termWeight(field, text);
        if (!float.IsFinite(weight) || weight < 0)
        {
            throw new InvalidOperationException($"The weight of {field}:{text} is {weight}; term weights must be finite and non-negative.");
        }

        return weight;
    }
}
