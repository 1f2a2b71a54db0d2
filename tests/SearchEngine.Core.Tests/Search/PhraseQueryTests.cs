using SearchEngine.Core.Documents;
using SearchEngine.Core.Index;
using SearchEngine.Core.Search;
using SearchEngine.Core.Store;
using static SearchEngine.Core.Tests.Search.PhraseTestIndex;

namespace SearchEngine.Core.Tests.Search;

public sealed class PhraseQueryTests
{
    // Each row: the body values of one document, the phrase (space separated, "?" for a stop-word gap), its
    // exact frequency there (0: no match). "i" and "og" are stop words of the test analyzer.
    public static TheoryData<string[], string, int> ExactCases => new()
    {
        { ["a b c"], "a b", 1 },
        { ["a b c"], "b c", 1 },
        { ["a b c"], "a c", 0 },
        { ["a b c"], "b a", 0 },
        { ["a b c"], "a ? c", 1 },
        { ["a b c"], "a b c", 1 },
        { ["ikke i dag"], "ikke ? dag", 1 },
        { ["ikke i dag"], "ikke dag", 0 },
        { ["ikke dag"], "ikke ? dag", 0 },
        { ["ikke og i dag"], "ikke ? ? dag", 1 },
        { ["a a"], "a a", 1 },
        { ["a a a"], "a a", 2 },
        { ["a a a a"], "a ? a", 2 },
        { ["a"], "a a", 0 },
        { ["a b a b a b"], "a b", 3 },
        { ["a b a b a b"], "a b a", 2 },
        { ["a b x y"], "a b", 1 },
        { ["x y a b"], "a b", 1 },
        { ["x a", "b y"], "a b", 1 },
        { ["x a", "b y"], "x a b y", 1 },
        { ["a", "a"], "a a", 1 },
        { ["b c", "a b"], "a b", 1 },
        { ["a b"], "a b c", 0 },
    };

    [Theory]
    [MemberData(nameof(ExactCases))]
    public void AnExactPhraseMatchesWhereEveryTermSitsAtItsOffsetAndCountsStartPositions(string[] bodies, string phrase, int freq)
    {
        using PhraseTestIndex index = Build("ram", [Doc("d", bodies), Doc("other", "q r s")]);

        Dictionary<string, float> freqs = index.Freqs(Phrase(phrase));

        string[] expectedIds = freq == 0 ? [] : ["d"];
        Assert.Equal(expectedIds, freqs.Keys);
        if (freq > 0)
        {
            Assert.Equal(freq, freqs["d"]);
        }
    }

    [Theory]
    [InlineData("ram")]
    [InlineData("fs")]
    public void PhrasesMatchAcrossSegmentsAndSkipDeletedDocuments(string kind)
    {
        var documents = new List<Document>();
        for (int i = 0; i < 300; i++)
        {
            documents.Add(Doc($"d{i:D3}", i % 7 == 0 ? "x ikke i dag y" : i % 5 == 0 ? "ikke dag" : "dag ikke i"));
        }

        using PhraseTestIndex index = Build(kind, documents, segmentSize: 64, "d014");

        List<string> expected = [.. Enumerable.Range(0, 300).Where(i => i % 7 == 0 && i != 14).Select(i => $"d{i:D3}")];
        Assert.Equal(expected, index.Ids(new PhraseQuery("body", [("ikke", 0), ("dag", 2)])));
        Assert.Equal(expected.Count, index.Searcher.Count(new PhraseQuery("body", [("ikke", 0), ("dag", 2)])));
    }

    [Fact]
    public void APhraseWithATermMissingFromTheIndexMatchesNothingAndASegmentLackingATermHasNoScorer()
    {
        using PhraseTestIndex index = Build("ram", [Doc("a", "x y"), Doc("b", "x z"), Doc("c", "y z")], segmentSize: 1);

        Assert.Empty(index.Ids(Phrase("x nowhere")));
        Weight weight = index.Searcher.CreateWeight(Phrase("x y"), ScoreMode.Complete);
        Assert.Equal([true, false, false], index.Searcher.Leaves.Select(leaf => weight.GetScorer(leaf) is not null));
    }

    [Fact]
    public void APhraseOfOneTermIsThatTermQueryAndAnEmptyPhraseMatchesNothing()
    {
        using PhraseTestIndex index = Build("ram", [Doc("a", "x y"), Doc("b", "y")]);

        var single = new PhraseQuery("body", [("y", 3)], slop: 2);
        Assert.Equal(new TermQuery("body", "y"), single.Rewrite(index.Searcher));
        Assert.Equal(index.Scores(new TermQuery("body", "y")), index.Scores(single));
        Assert.Empty(index.Ids(new PhraseQuery("body", Array.Empty<(string, int)>())));
    }

    [Fact]
    public void APhraseOnAFieldWithoutPositionsThrowsNamingTheField()
    {
        using var directory = new RamDirectory();
        using (var writer = new IndexWriter(directory))
        {
            writer.AddDocument(new Document().Add(Field.Keyword("tag", "a")));
            writer.Commit();
        }

        using DirectoryReader reader = DirectoryReader.Open(directory);
        var searcher = new IndexSearcher(reader);

        var error = Assert.Throws<InvalidOperationException>(() => searcher.Search(new PhraseQuery("tag", ["a", "b"]), 10));
        Assert.Contains("\"tag\"", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(new[] { "a", "b" }, new[] { 0, 1 }, 0, "body:\"a b\"")]
    [InlineData(new[] { "a", "b" }, new[] { 0, 1 }, 2, "body:\"a b\"~2")]
    [InlineData(new[] { "ikke", "dag" }, new[] { 0, 2 }, 0, "body:\"ikke ? dag\"")]
    [InlineData(new[] { "ikke", "dag" }, new[] { 5, 7 }, 1, "body:\"ikke ? dag\"~1")]
    [InlineData(new[] { "a", "b", "c" }, new[] { 0, 0, 1 }, 0, "body:\"a|b c\"")]
    [InlineData(new string[0], new int[0], 0, "body:\"\"")]
    public void ToStringUsesTheClassicSyntax(string[] terms, int[] positions, int slop, string expected)
    {
        Assert.Equal(expected, new PhraseQuery("body", [.. terms.Zip(positions)], slop).ToString());
    }

    [Fact]
    public void EqualPhrasesHaveEqualHashesAndOnlyRelativePositionsMatter()
    {
        var phrase = new PhraseQuery("body", [("a", 0), ("b", 2)], 1);

        Assert.Equal(phrase, new PhraseQuery("body", [("a", 3), ("b", 5)], 1));
        Assert.Equal(phrase.GetHashCode(), new PhraseQuery("body", [("a", 3), ("b", 5)], 1).GetHashCode());
        Assert.NotEqual(phrase, new PhraseQuery("body", [("a", 0), ("b", 1)], 1));
        Assert.NotEqual(phrase, new PhraseQuery("body", [("a", 0), ("b", 2)], 2));
        Assert.NotEqual(phrase, new PhraseQuery("title", [("a", 0), ("b", 2)], 1));
        Assert.NotEqual(phrase, new PhraseQuery("body", [("a", 0), ("c", 2)], 1));
        Assert.NotEqual<Query>(phrase, new TermQuery("body", "a"));
    }

    [Fact]
    public void DecreasingPositionsAndNegativeSlopAreRejected()
    {
        Assert.Throws<ArgumentException>(() => new PhraseQuery("body", [("a", 1), ("b", 0)]));
        Assert.Throws<ArgumentOutOfRangeException>(() => new PhraseQuery("body", ["a", "b"], -1));
    }

    /// <summary>Parses "a ? c": space-separated terms at consecutive positions, "?" leaving a position empty.</summary>
    internal static PhraseQuery Phrase(string text, int slop = 0)
    {
        string[] words = text.Split(' ');
        var terms = new List<(string Term, int Position)>();
        for (int i = 0; i < words.Length; i++)
        {
            if (words[i] != "?")
            {
                terms.Add((words[i], i));
            }
        }

        return new PhraseQuery("body", terms, slop);
    }
}
