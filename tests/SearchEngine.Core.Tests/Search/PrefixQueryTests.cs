using SearchEngine.Core.Documents;
using SearchEngine.Core.Search;
using static SearchEngine.Core.Tests.Search.PhraseTestIndex;

namespace SearchEngine.Core.Tests.Search;

public sealed class PrefixQueryTests
{
    private static readonly string[] Words =
    [
        "skat", "skatte", "skattefri", "skib", "sko", "æble", "ærlig", "æ", "ø", "øl", "åben", "ab", "abc", "b", "z", "zz", "søen", "sø",
    ];

    [Theory]
    [InlineData("ram", "skat")]
    [InlineData("ram", "sk")]
    [InlineData("fs", "s")]
    [InlineData("ram", "æ")]
    [InlineData("fs", "ø")]
    [InlineData("ram", "sø")]
    [InlineData("ram", "ab")]
    [InlineData("ram", "abcd")]
    [InlineData("ram", "zz")]
    [InlineData("fs", "zzz")]
    [InlineData("ram", "")]
    [InlineData("fs", "")]
    public void APrefixMatchesTheUnionOfItsTermsDocuments(string kind, string prefix)
    {
        var random = new Random(prefix.Length + (kind == "fs" ? 100 : 0));
        var documents = new List<Document>();
        var texts = new Dictionary<string, string[]>();
        for (int i = 0; i < 250; i++)
        {
            string id = $"d{i:D3}";
            if (i % 25 == 0)
            {
                // Documents without the field match no prefix, not even "".
                documents.Add(new Document().Add(Field.Keyword("id", id, stored: true)));
                continue;
            }

            string[] words = [.. Enumerable.Range(0, random.Next(1, 4)).Select(_ => Words[random.Next(Words.Length)])];
            texts[id] = words;
            documents.Add(Doc(id, string.Join(' ', words)));
        }

        using PhraseTestIndex index = Build(kind, documents, segmentSize: 60, "d001");

        List<string> expected = [.. texts.Where(t => t.Key != "d001" && t.Value.Any(w => w.StartsWith(prefix, StringComparison.Ordinal))).Select(t => t.Key).Order(StringComparer.Ordinal)];
        Assert.NotEqual(prefix is "zzz" or "abcd", expected.Count > 0);
        Assert.Equal(expected, index.Ids(new PrefixQuery("body", prefix)));
    }

    [Fact]
    public void EveryMatchScoresTheBoost()
    {
        using PhraseTestIndex index = Build("ram", [Doc("a", "skat"), Doc("b", "skat skat skattefri skatte"), Doc("c", "skib")], segmentSize: 2);
        var query = new PrefixQuery("body", "skat");

        Assert.Equal([1f, 1f], index.Scores(query).Values);
        Weight weight = query.CreateWeight(index.Searcher, ScoreMode.Complete, 2.5f);
        Scorer scorer = weight.GetScorer(index.Searcher.Leaves[0])!;
        Assert.Equal(0, scorer.NextDoc());
        Assert.Equal(2.5f, scorer.Score());
        Assert.Equal(1, scorer.NextDoc());
        Assert.Equal(2.5f, scorer.Score());
        Assert.Equal(Scorer.NoMoreDocs, scorer.NextDoc());
        Assert.Null(weight.GetScorer(index.Searcher.Leaves[1]));
    }

    [Fact]
    public void APrefixOnAFieldNoSegmentHasMatchesNothing()
    {
        using PhraseTestIndex index = Build("ram", [Doc("a", "skat")]);

        Assert.Empty(index.Ids(new PrefixQuery("title", "")));
    }

    [Fact]
    public void ToStringEqualsAndHashFollowFieldAndPrefix()
    {
        var query = new PrefixQuery("title", "skat");

        Assert.Equal("title:skat*", query.ToString());
        Assert.Equal("body:*", new PrefixQuery("body", "").ToString());
        Assert.Equal(query, new PrefixQuery("title", "skat"));
        Assert.Equal(query.GetHashCode(), new PrefixQuery("title", "skat").GetHashCode());
        Assert.NotEqual(query, new PrefixQuery("body", "skat"));
        Assert.NotEqual(query, new PrefixQuery("title", "ska"));
        Assert.NotEqual<Query>(query, new TermQuery("title", "skat"));
    }
}
