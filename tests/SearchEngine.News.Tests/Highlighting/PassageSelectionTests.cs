using SearchEngine.News.Highlighting;
using SearchEngine.News.Querying;
using static SearchEngine.News.Tests.Highlighting.HighlightKit;

namespace SearchEngine.News.Tests.Highlighting;

public sealed class PassageSelectionTests
{
    private const string Article =
        "Kasakhstans præsident taler tirsdag. Uroen voksede ud af en demonstration. Soldaterne rejser hjem om ti dage.\n\n"
        + "Myndighederne har anholdt omkring 8000. Landet har omkring 16 millioner indbyggere. Soldater og soldaten og soldaterne blev hyldet.\n"
        + "Smailov er premierminister. Han taler længe og meget om soldaterne i parlamentet og på tv.";

    [Fact]
    public void PassagesAreWholeSentencesAroundTheMatches()
    {
        HighlightedText highlighted = Danish.Highlight(Term("uroen"), Body, Article);

        Assert.Equal(["Uroen voksede ud af en demonstration."], PassageTexts(highlighted));
    }

    [Fact]
    public void TheBestPassagesComeBackInTextOrder()
    {
        HighlightedText highlighted = Danish.Highlight(Term("soldat"), Body, Article, new HighlightOptions { MaxPassages = 2 });

        // The sentence with three soldiers scores best, the early one gets the position bonus; the last one loses.
        Assert.Equal(["Soldaterne rejser hjem om ti dage.", "Soldater og soldaten og soldaterne blev hyldet."], PassageTexts(highlighted));
        Assert.True(highlighted.Passages[0].Start < highlighted.Passages[1].Start);
        Assert.True(highlighted.Passages[1].Score > highlighted.Passages[0].Score);
    }

    [Theory]
    [InlineData(1, 1)]
    [InlineData(2, 2)]
    [InlineData(3, 3)]
    [InlineData(10, 3)]
    public void AtMostMaxPassagesAreReturned(int maxPassages, int expected)
    {
        HighlightedText highlighted = Danish.Highlight(Term("soldat"), Body, Article, new HighlightOptions { MaxPassages = maxPassages });

        Assert.Equal(expected, highlighted.Passages.Count);
    }

    [Theory]
    [InlineData(20)]
    [InlineData(35)]
    [InlineData(60)]
    public void ALongSentenceIsCutAtAWordBoundaryAroundItsMatch(int maxChars)
    {
        const string text = "Den tidligere leder af den nationale sikkerhedskomité Karim Masimov blev anholdt lørdag efter dage med uro i landet.";

        HighlightedText highlighted = Danish.Highlight(Term("anholdt"), Body, text, new HighlightOptions { MaxPassageChars = maxChars });

        Passage passage = highlighted.Passages.Single();
        Assert.InRange(passage.End - passage.Start, 1, maxChars);
        Assert.True(passage.Start == 0 || text[passage.Start - 1] == ' ');
        Assert.True(passage.End == text.Length || text[passage.End] == ' ');
        Assert.Equal(["anholdt"], Marks(highlighted));
    }

    [Fact]
    public void WithoutAMatchTheOpeningIsReturnedUnmarked()
    {
        HighlightedText highlighted = Danish.Highlight(Term("moskva"), Body, Article, new HighlightOptions { MaxPassageChars = 80 });

        Assert.False(highlighted.Matched);
        Assert.Equal(["Kasakhstans præsident taler tirsdag. Uroen voksede ud af en demonstration."], PassageTexts(highlighted));
        Assert.Equal(0f, highlighted.Passages.Single().Score);
    }

    [Fact]
    public void AnOpeningSentenceLongerThanTheLimitIsCutAtAWordBoundary()
    {
        HighlightedText highlighted = Danish.Highlight(Term("moskva"), Body, "  Kasakhstans præsident taler tirsdag i parlamentet.", new HighlightOptions { MaxPassageChars = 30 });

        Assert.Equal(["Kasakhstans præsident taler"], PassageTexts(highlighted));
    }

    [Fact]
    public void AnEmptyTextHasNoPassages()
    {
        HighlightedText highlighted = Danish.Highlight(Term("soldat"), Body, "   ");

        Assert.Empty(highlighted.Passages);
        Assert.Equal(string.Empty, highlighted.ToHtml());
    }

    [Fact]
    public void MatchesAtTheVeryStartAndEndOfTheTextAreMarked()
    {
        const string text = "Soldaterne kom. Midt i teksten står intet. Hjem kom soldaten";

        HighlightedText highlighted = Danish.Highlight(Term("soldat"), Body, text);

        Assert.Equal([new MatchSpan(0, 10), new MatchSpan(text.Length - 8, text.Length)], highlighted.Passages.SelectMany(p => p.Matches));
        Assert.Equal("<mark>Soldaterne</mark> kom. … Hjem kom <mark>soldaten</mark>", highlighted.ToHtml());
    }

    [Fact]
    public void TheWholeTitleIsOnePassageWithEveryMatchMarked()
    {
        const string title = "Soldater fra Rusland: styrken trækker sig. Soldaterne rejser hjem";
        Query query = Bool((Term("soldat", Title), Occur.Should), (Term("styrke", Title), Occur.Should), (Term("soldat"), Occur.Should));

        HighlightedText highlighted = Danish.HighlightWhole(query, Title, title);

        Passage passage = highlighted.Passages.Single();
        Assert.Equal((0, title.Length), (passage.Start, passage.End));
        Assert.Equal(["Soldater", "styrken", "Soldaterne"], Marks(highlighted));
        Assert.Equal("<mark>Soldater</mark> fra Rusland: <mark>styrken</mark> trækker sig. <mark>Soldaterne</mark> rejser hjem", highlighted.ToHtml());
    }

    [Fact]
    public void AnUnmatchedTitleIsReturnedWholeAndUnmarked()
    {
        HighlightedText highlighted = Danish.Highlight(Term("moskva", Title), Title, "Soldater fra Rusland", HighlightOptions.Title);

        Assert.False(highlighted.Matched);
        Assert.Equal("Soldater fra Rusland", highlighted.ToHtml());
    }

    [Fact]
    public void IdfWeightsPreferThePassageWithTheRarerTerm()
    {
        // As in an index of three documents, all with "common" and one with "rare".
        static float Idf(string field, string term) => SearcherTermWeights.Idf(term == "rare" ? 1 : 3, 3);
        Query query = Bool((new TermQuery(Plain, "common"), Occur.Should), (new TermQuery(Plain, "rare"), Occur.Should));
        const string text = "common x . Y z z z z z rare .";
        var options = new HighlightOptions { MaxPassages = 1 };

        HighlightedText unweighted = Spaced.Highlight(query, Plain, text, options);
        HighlightedText weighted = new PassageHighlighter(PhraseTestAnalyzer.Instance, Idf).Highlight(query, Plain, text, options);

        Assert.Equal(["common"], Marks(unweighted));
        Assert.Equal(["rare"], Marks(weighted));
    }
}
