using System.Text;
using SearchEngine.News.Highlighting;
using SearchEngine.News.Querying;
using static SearchEngine.News.Tests.Highlighting.HighlightKit;

namespace SearchEngine.News.Tests.Highlighting;

public sealed class HighlightRobustnessTests
{
    private static readonly string[] Words =
    [
        "soldater", "soldaten", "styrke", "styrkerne", "Rusland", "russiske", "præsident", "Tokajev", "og", "i", "af", "den",
        "gamle", "mand", "ud", "med", "tilbagetrækningen", "dage", "ti", "8000", "CSTO-styrke", "<script>", "&", "æøå", "🙂",
    ];

    private static readonly string[] Separators = [" ", " ", " ", ", ", ". ", "! ", "? ", "\n", "\n\n", " - ", "\" "];

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    public void RandomQueriesOverRandomTextsGiveSortedDisjointSpansWithinTheText(int seed)
    {
        var random = new Random(seed);
        int matched = 0;
        for (int round = 0; round < 400; round++)
        {
            string text = RandomText(random);
            Query query = RandomQuery(random, depth: 3);
            var options = new HighlightOptions { MaxPassages = random.Next(1, 5), MaxPassageChars = random.Next(1, 160), WholeText = random.Next(8) == 0 };

            HighlightedText highlighted = Danish.Highlight(query, Body, text, options);

            AssertWellFormed(highlighted, options, $"seed {seed} round {round}: {query} over \"{text}\"");
            _ = highlighted.ToHtml();
            matched += highlighted.Matched ? 1 : 0;
        }

        // Enough of the random queries mark something for the checks above to mean something.
        Assert.InRange(matched, 100, 400);
    }

    private static void AssertWellFormed(HighlightedText highlighted, HighlightOptions options, string because)
    {
        int length = highlighted.Text.Length;
        int previousEnd = 0;
        Assert.True(highlighted.Passages.Count <= (options.WholeText ? 1 : options.MaxPassages), because);
        Assert.True(!highlighted.Matched || highlighted.Passages.Sum(p => p.Matches.Count) > 0, because);
        foreach (Passage passage in highlighted.Passages)
        {
            Assert.True(passage.Start >= previousEnd && passage.Start < passage.End && passage.End <= length, because);
            int longestMatch = passage.Matches.Count == 0 ? 0 : passage.Matches.Max(m => m.Length);
            Assert.True(options.WholeText || passage.End - passage.Start <= Math.Max(options.MaxPassageChars, longestMatch), because);
            int matchEnd = passage.Start - 1;
            foreach (MatchSpan match in passage.Matches)
            {
                Assert.True(match.Start > matchEnd && match.Start < match.End && match.End <= passage.End, because);
                matchEnd = match.End;
            }

            previousEnd = passage.End;
        }
    }

    private static string RandomText(Random random)
    {
        var text = new StringBuilder();
        int words = random.Next(0, 60);
        for (int i = 0; i < words; i++)
        {
            string word = Words[random.Next(Words.Length)];
            text.Append(random.Next(6) == 0 ? char.ToUpperInvariant(word[0]) + word[1..] : word);
            text.Append(Separators[random.Next(Separators.Length)]);
        }

        return text.ToString();
    }

    private static Query RandomQuery(Random random, int depth)
    {
        string field = random.Next(8) == 0 ? Title : Body;
        string word = Words[random.Next(Words.Length)];
        List<(string Term, int Position)> terms = Terms(word);
        string term = terms.Count == 0 ? word : terms[0].Term;
        switch (random.Next(depth > 0 ? 10 : 7))
        {
            case 0:
            case 1:
                return new TermQuery(field, term);
            case 2:
                var phrase = new List<(string Term, int Position)>();
                for (int i = 0, position = 0; i < random.Next(2, 5); i++, position += random.Next(1, 3))
                {
                    List<(string Term, int Position)> analysed = Terms(Words[random.Next(Words.Length)]);
                    phrase.Add((analysed.Count == 0 ? "og" : analysed[0].Term, position));
                }

                return new PhraseQuery(field, [.. phrase.Select(t => new PhraseTerm(t.Term, t.Position))], random.Next(0, 4));
            case 3:
                return new PrefixQuery(field, term[..random.Next(0, Math.Min(3, term.Length) + 1)]);
            case 4:
                return new TermRangeQuery(field, random.Next(4) == 0 ? null : term, random.Next(4) == 0 ? null : Words[random.Next(Words.Length)], random.Next(2) == 0, random.Next(2) == 0);
            case 5:
                return random.Next(2) == 0 ? new MatchAllDocsQuery() : new NumericRangeQuery("date", 1, 2);
            case 6:
                return new BoostQuery(new BoostQuery(new TermQuery(field, term), 1f), random.Next(3));
            default:
                var clauses = new List<BooleanClause>();
                for (int i = 0; i < random.Next(0, 5); i++)
                {
                    clauses.Add(new BooleanClause(RandomQuery(random, depth - 1), (Occur)random.Next(4)));
                }

                return new BooleanQuery(clauses, random.Next(4) == 0 ? random.Next(0, 3) : 0);
        }
    }
}
