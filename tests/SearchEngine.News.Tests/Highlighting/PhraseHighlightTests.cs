using SearchEngine.News.Highlighting;
using SearchEngine.News.Querying;
using static SearchEngine.News.Tests.Highlighting.HighlightKit;

namespace SearchEngine.News.Tests.Highlighting;

public sealed class PhraseHighlightTests
{
    [Fact]
    public void AnExactPhraseIsMarkedAsOneSpanAndALoneWordOfItIsNot()
    {
        const string text = "Russisk-ledede styrker trækker sig. Kasakhstans præsident taler. Præsidenten for Kasakhstan svarer.";

        HighlightedText highlighted = Danish.Highlight(Phrase("kasakhstans præsident"), Body, text);

        Assert.Equal(["Kasakhstans præsident"], Marks(highlighted));
    }

    [Fact]
    public void AnExactPhraseWithAStopWordGapIsMarkedFromItsFirstToItsLastWord()
    {
        const string text = "Missionen blev indledt, da krisen i Kasakhstan var på sit højeste. Kasakhstan og krisen.";

        HighlightedText highlighted = Danish.Highlight(Phrase("krisen i Kasakhstan"), Body, text);

        Assert.Equal(["krisen i Kasakhstan"], Marks(highlighted));
    }

    [Fact]
    public void StopWordsAtThePhraseEdgesAreNotPartOfIt()
    {
        // "ud", "med" and "den" are Danish stop words: the query is the phrase "gaml mand", whose gaps are inside it only.
        const string text = "De råbte blandt andet \"Ud med den gamle mand\" med henvisning til den 81-årige eksleder.";

        HighlightedText highlighted = Danish.Highlight(Phrase("ud med den gamle mand"), Body, text);

        Assert.Equal(["gamle mand"], Marks(highlighted));
    }

    [Fact]
    public void AStemmedTermInsideAPhraseMarksItsInflectedForm()
    {
        const string text = "Tilbagetrækningen af russiske styrker begynder. En russisk tilbagetrækning er ikke nævnt.";

        HighlightedText highlighted = Danish.Highlight(Phrase("tilbagetrækning af russisk styrke"), Body, text);

        Assert.Equal(["Tilbagetrækningen af russiske styrker"], Marks(highlighted));
    }

    // (text, phrase, slop, marked). Token k of a text is at position k; "i" and "og" are stop words.
    public static TheoryData<string, string, int, string[]> SloppyCases => new()
    {
        { "x b a y", "a b", 2, ["b a"] },
        { "x b a y", "a b", 1, [] },
        { "a x b", "a b", 1, ["a", "b"] },
        { "a x b", "a b", 0, [] },
        { "b i a", "a b", 3, ["b i a"] },
        { "a x x x b a b", "a b", 2, ["a b"] },
        { "a x x x b a b", "a b", 3, ["a", "b", "a b"] },
        { "c x b a", "a b c", 5, ["c", "b a"] },
        { "c x b a", "a b c", 4, [] },
        { "a b a b", "a b", 2, ["a b", "a b"] },
        { "a", "a a", 5, [] },
        { "a x a", "a a", 1, ["a", "a"] },
    };

    [Theory]
    [MemberData(nameof(SloppyCases))]
    public void ASloppyPhraseMarksOnlyTheWordsOfItsOccurrences(string text, string phrase, int slop, string[] marked)
    {
        var query = new PhraseQuery(Plain, Words(phrase), slop);

        HighlightedText highlighted = Spaced.Highlight(query, Plain, text);

        Assert.Equal(marked, Marks(highlighted));
        Assert.Equal(marked.Length > 0, highlighted.Matched);
    }

    [Fact]
    public void ASloppyDanishPhraseWithReorderedWordsIsMarked()
    {
        const string text = "Han så styrkerne, russiske og hviderussiske, trække sig. Russiske soldater og andre styrker blev.";

        HighlightedText highlighted = Danish.Highlight(Phrase("russiske styrker", slop: 2), Body, text);

        Assert.Equal(["styrkerne, russiske"], Marks(highlighted));
    }

    [Fact]
    public void OverlappingPhraseOccurrencesMergeIntoOneSpan()
    {
        HighlightedText highlighted = Spaced.Highlight(new PhraseQuery(Plain, Words("a a")), Plain, "x a a a y a");

        Assert.Equal(["a a a"], Marks(highlighted));
    }

    [Fact]
    public void APhraseAndATermOverlappingMergeIntoOneSpan()
    {
        Query query = Bool((new PhraseQuery(Plain, Words("b c")), Occur.Should), (new PhraseQuery(Plain, Words("a b")), Occur.Should), (new TermQuery(Plain, "c"), Occur.Should));

        HighlightedText highlighted = Spaced.Highlight(query, Plain, "a b c d c");

        Assert.Equal([new MatchSpan(0, 5), new MatchSpan(8, 9)], highlighted.Passages.Single().Matches);
    }

    [Fact]
    public void APhraseOfOneTermMarksThatTerm()
    {
        HighlightedText highlighted = Danish.Highlight(Phrase("styrkerne"), Body, "Styrker og styrkerne.");

        Assert.Equal(["Styrker", "styrkerne"], Marks(highlighted));
    }

    [Fact]
    public void APhraseWhoseWordsNeverStandTogetherMarksNothing()
    {
        HighlightedText highlighted = Danish.Highlight(Phrase("gamle mand"), Body, "En mand. En gammel bil.");

        Assert.False(highlighted.Matched);
    }
}
