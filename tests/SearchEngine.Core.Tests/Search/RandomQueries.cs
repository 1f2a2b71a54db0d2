using SearchEngine.Core.Search;

namespace SearchEngine.Core.Tests.Search;

/// <summary>Random query trees over a <see cref="RandomCorpus"/>: nested boolean queries with every occur, minimum-should-match, boosts and constant scores.</summary>
internal static class RandomQueries
{
    private static readonly string[] Fields = [RandomCorpus.Body, RandomCorpus.Body, RandomCorpus.Body, RandomCorpus.Title, RandomCorpus.Tag];
    private static readonly float[] Boosts = [0f, 0.5f, 2f, 3.5f];

    public static Query Next(Random random, RandomCorpus corpus, int depth = 3)
    {
        Query query = depth == 0 || random.Next(10) < 3 ? Leaf(random, corpus) : Boolean(random, corpus, depth);
        int wrap = random.Next(100);
        if (wrap < 12)
        {
            return new BoostQuery(query, Boosts[random.Next(Boosts.Length)]);
        }

        return wrap < 18 ? new ConstantScoreQuery(query) : query;
    }

    /// <summary>Returns a query of one of the shapes that matter most: a random tree, a flat disjunction (pruned the most), or a boolean query.</summary>
    public static Query Mixed(Random random, RandomCorpus corpus) => random.Next(4) switch
    {
        0 => FlatDisjunction(random, corpus),
        1 => Boolean(random, corpus, 2),
        _ => Next(random, corpus),
    };

    /// <summary>Returns 2 to 6 Should term clauses, some boosted, as a typical free-text search.</summary>
    public static BooleanQuery FlatDisjunction(Random random, RandomCorpus corpus)
    {
        var builder = new BooleanQueryBuilder();
        int clauses = random.Next(2, 7);
        for (int i = 0; i < clauses; i++)
        {
            Query term = Leaf(random, corpus);
            builder.Add(random.Next(4) == 0 ? new BoostQuery(term, Boosts[random.Next(1, Boosts.Length)]) : term, Occur.Should);
        }

        return builder.SetMinimumShouldMatch(random.Next(6) == 0 ? 2 : 0).Build();
    }

    /// <summary>Returns a boolean query of 1 to 6 clauses, one level deep more often than not.</summary>
    public static BooleanQuery Boolean(Random random, RandomCorpus corpus, int depth)
    {
        var builder = new BooleanQueryBuilder();
        int clauses = random.Next(1, 7);
        for (int i = 0; i < clauses; i++)
        {
            int kind = random.Next(100);
            Occur occur = kind < 45 ? Occur.Should : kind < 68 ? Occur.Must : kind < 84 ? Occur.MustNot : Occur.Filter;
            builder.Add(Next(random, corpus, depth - 1), occur);
        }

        int minimum = random.Next(100);
        return builder.SetMinimumShouldMatch(minimum < 70 ? 0 : minimum < 85 ? 1 : minimum < 95 ? 2 : 3).Build();
    }

    private static Query Leaf(Random random, RandomCorpus corpus)
    {
        int kind = random.Next(100);
        if (kind < 4)
        {
            return new MatchAllDocsQuery();
        }

        string field = Fields[random.Next(Fields.Length)];
        string[] terms = corpus.Vocabulary[field];
        return kind < 8 ? new TermQuery(field, "fraværende") : new TermQuery(field, terms[random.Next(terms.Length)]);
    }
}
